/**
 * Integration tests: the built WAR on Payara Micro, over HTTP, against a real database.
 *
 * <h2>How the harness works</h2>
 * <ul>
 * <li>{@code ./mvnw verify} runs every {@code *IT} class twice through failsafe: execution
 * {@code it-postgresql} (all ITs; embedded PostgreSQL 17 with a migration owner role and a
 * separate application role, so row-level security applies) and {@code it-h2-smoke} (only
 * classes or methods tagged {@code smoke}; a fresh H2 file database).</li>
 * <li>{@link vn.dtiplan.it.ItDatabase} (an Arquillian extension, client side only) starts the
 * database before the suite and writes the datasource settings to
 * {@code target/it/<database>.properties}; {@code arquillian.xml} passes that file to Payara
 * Micro with {@code --systemProperties}.</li>
 * <li>One Payara Micro serves every IT class of an execution ({@link vn.dtiplan.it.SharedServer}
 * keeps the adapter's server running between classes): every class deploys
 * {@link vn.dtiplan.it.Deployments#war()} unchanged. A test needing another server
 * configuration starts its own process.</li>
 * </ul>
 *
 * <h2>Adding an IT</h2>
 * <pre>{@code
 * @ExtendWith(ArquillianExtension.class)
 * @RunAsClient
 * @Tag("smoke")                     // only if it must also pass on H2
 * class PlanCascadeIT {
 *     @Deployment(testable = false)
 *     static WebArchive app() { return Deployments.war(); }
 *
 *     @ArquillianResource
 *     URL base;
 *
 *     @Test
 *     void cityIssuesPlan() {
 *         Api city = Api.at(base).as("tp.vungtau");
 *         JsonObject plan = city.post("plans", Json.createObjectBuilder()...build()).expect(201).object();
 *         ...
 *     }
 * }
 * }</pre>
 * The database and the server are shared by every IT class of one execution and keep what
 * earlier classes wrote (rows, caches, sign-in waits): create your own data (plan numbers unique per test) and never assume an empty table.
 * Screens: {@link vn.dtiplan.it.Browser} (headless Chromium, screenshots under
 * {@code target/screenshots}); form sign-in without a browser: {@link vn.dtiplan.it.WebSession}.
 */
package vn.dtiplan.it;
