/**
 * The o365 test kit, for the tests of a command pack.
 * <ul>
 *   <li>{@link org.o365cli.testkit.O365Extension}: end-to-end tests (named {@code *IT}, run after
 *       {@code package}) that run {@code o365} with the built pack loaded through PF4J, an isolated
 *       {@code O365_HOME}, the sandbox tenant and stubs for the pack's own API at its production URLs;
 *       each run gives exit code, stdout, stderr and the requests sent ({@link org.o365cli.testkit.RunResult}).</li>
 *   <li>{@link org.o365cli.testkit.GraphTenant} and {@link org.o365cli.testkit.GraphFailure}: Microsoft Graph and
 *       its sign-in played by the stubs, for end-to-end tests that check a Graph command's exact requests.</li>
 *   <li>{@link org.o365cli.testkit.CommandPermissions}: every command declares its permissions and its help shows them.</li>
 *   <li>{@link org.o365cli.testkit.FakeCommandContext} and {@link org.o365cli.testkit.FakeHttp}: unit tests of
 *       a command's or a client's logic, with no host.</li>
 * </ul>
 * See docs/writing-plugins.md, "Testing with the test kit".
 */
package org.o365cli.testkit;
