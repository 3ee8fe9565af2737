@echo off
rem o365 launcher for Windows: runs the host with lib\* on the class path and the
rem bundled plugins beside it. JAVA_HOME picks the Java 17+ to use (else java on PATH);
rem JAVA_OPTS adds JVM options after the start-up flags, so they win, and naming a
rem collector (-XX:+Use...GC) replaces the default serial collector.
rem No parenthesised blocks below: a JAVA_HOME such as "C:\Program Files (x86)\..." would end them early.
setlocal

rem %~dp0 is this script's folder, bin\; the installation root is its parent.
for %%d in ("%~dp0..") do set "O365_ROOT=%%~fd"

if not defined JAVA_HOME goto javaFromPath
set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if exist "%JAVA_EXE%" goto gc
echo Error: JAVA_HOME is set to "%JAVA_HOME%" but "%JAVA_EXE%" does not exist; point JAVA_HOME at a Java 17+ installation or unset it. 1>&2
exit /b 1

:javaFromPath
set "JAVA_EXE=java.exe"
where /q java.exe
if not errorlevel 1 goto gc
echo Error: No Java found: JAVA_HOME is not set and there is no java.exe on PATH; install Java 17+ or set JAVA_HOME. 1>&2
exit /b 1

:gc
rem A CLI lives for a second: C1 alone, one compiler thread and the serial collector start fastest.
rem The JVM refuses two collectors, so one named in JAVA_OPTS replaces ours; and one compiler thread
rem beside a tiered compilation that JAVA_OPTS chooses, so their JIT options replace that one.
set "O365_GC=-XX:+UseSerialGC"
set "O365_JIT=-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1"
if not defined JAVA_OPTS goto run
echo(%JAVA_OPTS%| findstr /r /c:"-XX:+Use[A-Za-z0-9]*GC\>" >nul
if not errorlevel 1 set "O365_GC="
echo(%JAVA_OPTS%| findstr /c:"-XX:TieredStopAtLevel=" /c:"-XX:CICompilerCount=" /c:"TieredCompilation" >nul
if not errorlevel 1 set "O365_JIT=-XX:TieredStopAtLevel=1"

:run
rem The host's own jars first: a class is looked for in each jar in turn, and opening the libraries' big jars
rem to miss Main in them was a third of a cold `--version`. Java skips the second mention of a jar.
set "O365_CP=%O365_ROOT%\lib\*"
for %%j in ("%O365_ROOT%\lib\o365-auth-api-*.jar") do set "O365_CP=%%~fj;%O365_CP%"
for %%j in ("%O365_ROOT%\lib\o365-host-*.jar") do set "O365_CP=%%~fj;%O365_CP%"
"%JAVA_EXE%" %O365_JIT% %O365_GC% -Xshare:auto %JAVA_OPTS% "-Do365.install=%O365_ROOT%" -cp "%O365_CP%" org.o365cli.host.Main %*
exit /b %ERRORLEVEL%
