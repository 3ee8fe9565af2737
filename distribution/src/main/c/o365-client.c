/*
 * o365's native client: hands a command to the user's resident runtime (host/.../resident/) without
 * starting a JVM, the pattern of Nailgun's `ng` and the native clients of mvnd and sbt. It speaks the
 * runtime's protocol (Frames.java, Request.java; the JVM client is ClientSession.java): one RUN frame
 * with the command, then the runtime's stdout and stderr copied to ours as they come, our stdin read
 * only when the command asks for it, Ctrl-C sent as a cancellation, and the command's exit code.
 *
 * Whenever the runtime cannot take the command (none listens yet, it refuses, it says the command must
 * run in the caller's process, the platform or the launcher is not what this was built for), nothing
 * has run yet: this runs the launcher again with O365_RESIDENT_JVM=1, whose JVM client starts the
 * runtime or runs the command itself. Once the runtime has accepted the command it is never re-run.
 *
 * Run by bin/o365 only: o365-client-linux-x86_64 o365-client-1 <installation> <java> -- <args...>
 * C99 and POSIX (plus Linux's /proc/self/exe), one thread, no allocation a peer can size beyond MAX_FRAME.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#define INTERFACE "o365-client-1" /* the launcher's arguments to us; bin/o365 passes it */
#define PROTOCOL 3                /* Frames.PROTOCOL */
#define MAX_FRAME (1 << 20)       /* Frames.MAX_FRAME: larger is a protocol error, never an allocation */
#define MAX_SOCKET_PATH 103       /* ResidentClient.MAX_SOCKET_PATH: macOS and the BSDs have room for 103 */
#define FALLBACK_VARIABLE "O365_RESIDENT_JVM"
#define CANCEL_WAIT_MS 5000       /* after Ctrl-C, how long the command may take to end in the runtime */

enum { RUN = 'R', STDIN_DATA = 'I', STDIN_END = 'E', CANCEL = 'C', STDOUT_CLOSED = 'P',
       ACCEPTED = 'A', OUT = 'O', ERR = 'e', STDIN_WANTED = 'W', EXIT = 'X' };

static const char *const START_VARIABLES[] = {"JAVA_OPTS", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "TZ", "LANG",
    "LC_ALL", "LC_CTYPE", "LC_MESSAGES"}; /* RuntimeKey.START_VARIABLES */

extern char **environ;

/* A byte buffer that refuses to grow beyond MAX_FRAME: the request and the key are bounded like any frame. */
struct buffer {
    unsigned char *data;
    size_t length, capacity;
    int overflow;
};

static const char *installation;
static char **command_args;
static int socket_fd = -1;
static volatile sig_atomic_t signals_received;
static int signal_pipe[2] = {-1, -1};

static void put(struct buffer *b, const void *bytes, size_t n) {
    if (b->overflow || n > MAX_FRAME - b->length) {
        b->overflow = 1;
        return;
    }
    if (b->length + n > b->capacity) {
        size_t capacity = b->capacity ? b->capacity : 4096;
        while (capacity < b->length + n) capacity *= 2;
        if (capacity > MAX_FRAME) capacity = MAX_FRAME;
        unsigned char *grown = realloc(b->data, capacity);
        if (!grown) {
            b->overflow = 1;
            return;
        }
        b->data = grown;
        b->capacity = capacity;
    }
    memcpy(b->data + b->length, bytes, n);
    b->length += n;
}

static void put_string(struct buffer *b, const char *s) { put(b, s, strlen(s)); }

static void put_int(struct buffer *b, uint32_t v) {
    unsigned char bytes[4] = {(unsigned char) (v >> 24), (unsigned char) (v >> 16), (unsigned char) (v >> 8), (unsigned char) v};
    put(b, bytes, 4);
}

/* DataOutputStream's int length, then the UTF-8 bytes (Request.text). */
static void put_text(struct buffer *b, const char *s) {
    size_t n = strlen(s);
    put_int(b, (uint32_t) n);
    put(b, s, n);
}

static void put_file(struct buffer *b, const char *path) {
    struct stat st;
    long long size = 0, millis = 0;
    /* java.io.File: length() and lastModified() are 0 for a file that cannot be read. */
    if (stat(path, &st) == 0) {
        size = (long long) st.st_size;
        millis = (long long) st.st_mtim.tv_sec * 1000 + st.st_mtim.tv_nsec / 1000000;
    }
    char text[64];
    snprintf(text, sizeof text, " %lld %lld\n", size, millis);
    put_string(b, text);
}

/* Runs the launcher again for its JVM client. Nothing was run in the runtime: it is safe. */
static void fall_back(void) {
    if (socket_fd >= 0) close(socket_fd);
    char launcher[PATH_MAX];
    if (snprintf(launcher, sizeof launcher, "%s/bin/o365", installation) >= (int) sizeof launcher) {
        fputs("Error: the o365 installation's path is too long to run its launcher; install o365 in a shorter folder\n", stderr);
        exit(1);
    }
    int count = 0;
    while (command_args[count]) count++;
    char **argv = calloc((size_t) count + 2, sizeof *argv);
    if (!argv || setenv(FALLBACK_VARIABLE, "1", 1) != 0) {
        fputs("Error: out of memory starting the o365 launcher; close other programs and run it again\n", stderr);
        exit(1);
    }
    argv[0] = launcher;
    memcpy(argv + 1, command_args, (size_t) count * sizeof *argv);
    /* An ignored signal stays ignored across exec: the launcher and what it runs get the default back. */
    signal(SIGPIPE, SIG_DFL);
    execv(launcher, argv);
    fprintf(stderr, "Error: cannot run the o365 launcher %s (%s); reinstall o365\n", launcher, strerror(errno));
    exit(1);
}

/* The command was handed over and may have acted: running it again could do it twice (ClientSession). */
static void stopped(const char *why) {
    fprintf(stderr, "Error: the o365 resident runtime stopped while running the command (%s), so it may not have"
            " completed; check its effect and run it again (O365_RESIDENT=off runs commands without the runtime)\n", why);
    exit(1);
}

static int write_all(int fd, const unsigned char *bytes, size_t n);

static int send_frame(unsigned char type, const void *payload, size_t n) {
    unsigned char head[5] = {type, (unsigned char) (n >> 24), (unsigned char) (n >> 16), (unsigned char) (n >> 8), (unsigned char) n};
    return write_all(socket_fd, head, 5) == 0 && write_all(socket_fd, payload, n) == 0 ? 0 : -1;
}

static int cancel_sent;
static long long cancel_deadline;

static long long now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long) t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* Ctrl-C, a hang-up or a termination: the command is cancelled in the runtime, whose EXIT we still wait
 * for (bounded); a second signal gives up waiting, as the JVM client's own exit would. */
static void handle_signals(int accepted) {
    static sig_atomic_t handled;
    /* Before the runtime accepted the command there is nothing to cancel yet: noted, acted on once it has. */
    if (!accepted || signals_received == handled) return;
    handled = signals_received;
    char drain[64];
    while (read(signal_pipe[0], drain, sizeof drain) > 0) {
    }
    if (cancel_sent) exit(130);
    cancel_sent = 1;
    cancel_deadline = now_ms() + CANCEL_WAIT_MS;
    send_frame(CANCEL, "", 0);
}

static int accepted_command;

static int write_all(int fd, const unsigned char *bytes, size_t n) {
    while (n > 0) {
        ssize_t written = fd == socket_fd ? send(fd, bytes, n, MSG_NOSIGNAL) : write(fd, bytes, n);
        if (written < 0) {
            if (errno == EINTR) {
                if (fd != socket_fd) handle_signals(accepted_command);
                continue;
            }
            return -1;
        }
        bytes += written;
        n -= (size_t) written;
    }
    return 0;
}

static void on_signal(int signal) {
    (void) signal;
    int saved = errno;
    signals_received++;
    if (write(signal_pipe[1], "s", 1) < 0) {
        /* The pipe is full: a signal is pending already. */
    }
    errno = saved;
}

/* Reads exactly n bytes before the command is accepted; -1 on end of stream or error. */
static int read_fully(unsigned char *bytes, size_t n) {
    while (n > 0) {
        ssize_t r = read(socket_fd, bytes, n);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) return -1;
        bytes += r;
        n -= (size_t) r;
    }
    return 0;
}

static uint32_t int_at(const unsigned char *p) {
    return (uint32_t) p[0] << 24 | (uint32_t) p[1] << 16 | (uint32_t) p[2] << 8 | (uint32_t) p[3];
}

/* The java the launcher chose, as the shell found it (a path, or a name looked up on PATH), to its real
 * file: the JVM's java.home is canonical too. 0 with the home in `home`, -1 when it is not .../bin/java. */
static int java_home(const char *java, char *home) {
    char found[PATH_MAX];
    if (strchr(java, '/')) {
        if (strlen(java) >= sizeof found) return -1;
        strcpy(found, java);
    } else {
        const char *path = getenv("PATH");
        int ok = 0;
        while (path && !ok) {
            const char *end = strchr(path, ':');
            size_t n = end ? (size_t) (end - path) : strlen(path);
            struct stat st;
            if (snprintf(found, sizeof found, "%.*s/%s", (int) n, n ? path : ".", java) < (int) sizeof found
                    && access(found, X_OK) == 0 && stat(found, &st) == 0 && S_ISREG(st.st_mode)) {
                ok = 1;
            }
            path = end ? end + 1 : NULL;
        }
        if (!ok) return -1;
    }
    if (!realpath(found, home)) return -1;
    size_t length = strlen(home);
    const char *suffix = "/bin/java";
    if (length <= strlen(suffix) || strcmp(home + length - strlen(suffix), suffix) != 0) return -1;
    home[length - strlen(suffix)] = '\0';
    return 0;
}

static int by_name(const struct dirent **a, const struct dirent **b) { return strcmp((*a)->d_name, (*b)->d_name); }

/* RuntimeKey.of, byte for byte. */
static void runtime_key(struct buffer *key, const char *home) {
    put_string(key, installation);
    put_string(key, "\n");
    put_string(key, home);
    char path[PATH_MAX];
    if (snprintf(path, sizeof path, "%s/lib/modules", home) >= (int) sizeof path) key->overflow = 1;
    put_file(key, path);
    for (size_t i = 0; i < sizeof START_VARIABLES / sizeof *START_VARIABLES; i++) {
        const char *value = getenv(START_VARIABLES[i]);
        put_string(key, START_VARIABLES[i]);
        put_string(key, "=");
        put_string(key, value ? value : "");
        put_string(key, "\n");
    }
    struct dirent **entries;
    snprintf(path, sizeof path, "%s/lib", installation);
    int count = scandir(path, &entries, NULL, by_name);
    for (int i = 0; i < count; i++) {
        const char *name = entries[i]->d_name;
        if (strcmp(name, ".") != 0 && strcmp(name, "..") != 0) {
            char file[PATH_MAX];
            if (snprintf(file, sizeof file, "%s/lib/%s", installation, name) >= (int) sizeof file) key->overflow = 1;
            put_string(key, name);
            put_file(key, file);
        }
        free(entries[i]);
    }
    if (count >= 0) free(entries);
}

/* $O365_HOME/resident/<64-bit FNV-1a of the key, hex>.sock (RuntimeKey.socket, HostEnvironment.homeFrom). */
static int socket_path(const struct buffer *key, const char *cwd, char *out, size_t size) {
    const char *home = getenv("O365_HOME");
    int blank = 1;
    for (const char *c = home; c && *c; c++) {
        if (*c != ' ' && (*c < '\t' || *c > '\r')) blank = 0;
    }
    char base[PATH_MAX];
    int n;
    if (!blank && home[0] == '/') {
        n = snprintf(base, sizeof base, "%s", home);
    } else if (!blank) {
        n = snprintf(base, sizeof base, "%s/%s", cwd, home);
    } else {
        /* Java takes user.home from the password database; with a HOME that differs, we fall back each time. */
        const char *user = getenv("HOME");
        if (!user || !*user) return -1;
        n = snprintf(base, sizeof base, "%s/.o365", user);
    }
    if (n < 0 || n >= (int) sizeof base) return -1;
    while (n > 1 && base[n - 1] == '/') base[--n] = '\0';
    uint64_t hash = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < key->length; i++) {
        hash ^= key->data[i];
        hash *= 0x100000001b3ULL;
    }
    n = snprintf(out, size, "%s/resident/%" PRIx64 ".sock", base, hash);
    return n > 0 && n <= MAX_SOCKET_PATH ? 0 : -1;
}

static struct buffer request(const char *key, size_t key_length, const char *cwd) {
    struct buffer r = {0};
    put_int(&r, PROTOCOL);
    put_text(&r, "native");
    put_int(&r, (uint32_t) key_length);
    put(&r, key, key_length);
    put_text(&r, cwd);
    for (int fd = 0; fd < 3; fd++) put(&r, isatty(fd) ? "\1" : "\0", 1);
    int count = 0;
    while (command_args[count]) count++;
    put_int(&r, (uint32_t) count);
    for (int i = 0; i < count; i++) put_text(&r, command_args[i]);
    size_t forwarded = 0;
    for (char **e = environ; *e; e++) {
        if (strchr(*e, '=') && strncmp(*e, FALLBACK_VARIABLE "=", strlen(FALLBACK_VARIABLE) + 1) != 0) forwarded++;
    }
    put_int(&r, (uint32_t) forwarded);
    for (char **e = environ; *e; e++) {
        const char *equals = strchr(*e, '=');
        if (!equals || strncmp(*e, FALLBACK_VARIABLE "=", strlen(FALLBACK_VARIABLE) + 1) == 0) continue;
        put_int(&r, (uint32_t) (equals - *e));
        put(&r, *e, (size_t) (equals - *e));
        put_text(&r, equals + 1);
    }
    return r;
}

static void install_signals(void) {
    signal(SIGPIPE, SIG_IGN);
    if (pipe(signal_pipe) != 0) fall_back();
    for (int i = 0; i < 2; i++) {
        int flags = fcntl(signal_pipe[i], F_GETFL);
        fcntl(signal_pipe[i], F_SETFL, flags | O_NONBLOCK);
        fcntl(signal_pipe[i], F_SETFD, FD_CLOEXEC);
    }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_signal; /* no SA_RESTART: a blocked write to stdout returns to notice it */
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
}

/* stdout_failed: the errno of a write to stdout that failed, or 0. */
static void frame(unsigned char type, const unsigned char *payload, uint32_t length, int *stdout_failed, uint32_t *stdin_wanted) {
    char why[64];
    switch (type) {
    case OUT:
        /* The command's next write fails as in its own process, with the system's reason: quietly for a reader
         * that went away (`| head`, "Broken pipe"), with an error for anything else (a full disk). */
        if (!*stdout_failed && write_all(STDOUT_FILENO, payload, length) != 0) {
            *stdout_failed = errno;
            const char *why = strerror(*stdout_failed);
            send_frame(STDOUT_CLOSED, why, strlen(why));
        }
        return;
    case ERR:
        write_all(STDERR_FILENO, payload, length);
        return;
    case STDIN_WANTED:
        if (length != 4) stopped("a malformed request for stdin");
        int32_t wanted = (int32_t) int_at(payload);
        *stdin_wanted = wanted < 1 ? 1 : wanted > 65536 ? 65536 : (uint32_t) wanted;
        return;
    case EXIT:
        if (length != 4) stopped("a malformed exit code");
        int code = (int) int_at(payload) & 0xff;
        /* Output lost after the command's last write (a full disk) would have failed it in its own process: so it
         * fails here, in the words of the host's Stdout. A reader that went away is no error. */
        if (code == 0 && *stdout_failed && *stdout_failed != EPIPE) {
            fprintf(stderr, "Error: Could not write the output (%s); check where stdout goes, e.g. free disk space\n",
                    strerror(*stdout_failed));
            exit(1);
        }
        exit(code);
    default:
        snprintf(why, sizeof why, "unexpected frame %d", (int) (signed char) type);
        stopped(why);
    }
}

/* Until EXIT: the runtime's frames as they come, our stdin only while the command waits for it, signals. */
static void relay(unsigned char *in) {
    size_t have = 0;
    int stdout_failed = 0;
    uint32_t stdin_wanted = 0;
    static unsigned char bytes[65536];
    for (;;) {
        handle_signals(1);
        int timeout = -1;
        if (cancel_sent) {
            long long left = cancel_deadline - now_ms();
            if (left <= 0) exit(130);
            timeout = (int) left;
        }
        struct pollfd fds[3] = {{socket_fd, POLLIN, 0}, {signal_pipe[0], POLLIN, 0}, {stdin_wanted ? STDIN_FILENO : -1, POLLIN, 0}};
        if (poll(fds, 3, timeout) < 0) {
            if (errno == EINTR) continue;
            stopped(strerror(errno));
        }
        if (fds[2].revents) {
            ssize_t r = read(STDIN_FILENO, bytes, stdin_wanted);
            if (r > 0) {
                stdin_wanted = 0;
                send_frame(STDIN_DATA, bytes, (size_t) r);
            } else if (r == 0 || (errno != EINTR && errno != EAGAIN)) {
                stdin_wanted = 0;
                send_frame(STDIN_END, "", 0);
            }
        }
        if (!fds[0].revents) continue;
        ssize_t r = read(socket_fd, in + have, 5 + (size_t) MAX_FRAME - have);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) {
            if (cancel_sent) exit(130);
            stopped(r == 0 ? "the connection closed" : strerror(errno));
        }
        have += (size_t) r;
        size_t start = 0;
        while (have - start >= 5) {
            uint32_t length = int_at(in + start + 1);
            if (length > MAX_FRAME) {
                char why[64];
                snprintf(why, sizeof why, "a frame of %" PRId32 " bytes", (int32_t) length);
                stopped(why);
            }
            if (have - start < 5 + (size_t) length) break;
            frame(in[start], in + start + 5, length, &stdout_failed, &stdin_wanted);
            start += 5 + (size_t) length;
        }
        memmove(in, in + start, have - start);
        have -= start;
    }
}

static void run_by_another_launcher(char **argv) {
    static char self[PATH_MAX];
    int dashes = 1;
    while (argv[dashes] && strcmp(argv[dashes], "--") != 0) dashes++;
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    char *slash = NULL;
    if (n > 0) {
        self[n] = '\0';
        for (int up = 0; up < 2 && (slash = strrchr(self, '/')); up++) *slash = '\0';
    }
    if (!argv[dashes] || !slash) {
        fputs("Error: the o365 native client is run by the o365 launcher, not directly; run bin/o365 instead\n", stderr);
        exit(2);
    }
    installation = self;
    command_args = argv + dashes + 1;
    fall_back();
}

int main(int argc, char **argv) {
    if (argc < 5 || strcmp(argv[1], INTERFACE) != 0 || strcmp(argv[4], "--") != 0) run_by_another_launcher(argv);
    installation = argv[2];
    command_args = argv + 5;

    static char home[PATH_MAX], cwd[PATH_MAX], socket_file[PATH_MAX];
    struct buffer key = {0};
    if (java_home(argv[3], home) != 0 || !getcwd(cwd, sizeof cwd)) fall_back();
    runtime_key(&key, home);
    if (key.overflow || socket_path(&key, cwd, socket_file, sizeof socket_file) != 0) fall_back();
    struct buffer run = request((const char *) key.data, key.length, cwd);
    unsigned char *in = malloc(5 + (size_t) MAX_FRAME);
    if (run.overflow || !in) fall_back();

    struct sockaddr_un address;
    memset(&address, 0, sizeof address);
    address.sun_family = AF_UNIX;
    memcpy(address.sun_path, socket_file, strlen(socket_file) + 1);
    socket_fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (socket_fd < 0 || connect(socket_fd, (struct sockaddr *) &address, sizeof address) != 0) fall_back();
    install_signals();
    if (send_frame(RUN, run.data, run.length) != 0) fall_back();
    /* Refused (stale, stopping), RUN_HERE, another protocol, or gone before answering: nothing ran. */
    if (read_fully(in, 5) != 0 || in[0] != ACCEPTED) {
        if (signals_received) exit(130);
        fall_back();
    }
    accepted_command = 1;
    uint32_t length = int_at(in + 1);
    if (length > MAX_FRAME || read_fully(in, length) != 0) stopped("a malformed acceptance");
    relay(in);
    return 1;
}
