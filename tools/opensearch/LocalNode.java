import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * A single OpenSearch node for development and tests: the server jar from Maven Central with the
 * transport-netty4 and analysis-common modules loaded as classpath plugins, bound to loopback.
 *
 * <p>Usage: {@code java -cp CLASSPATH LocalNode HOME HTTP_PORT}. HOME holds config/, data/ and
 * logs/. The process runs until it is terminated; a shutdown hook closes the node cleanly.
 */
public final class LocalNode extends Node {

    private LocalNode(Environment environment) {
        super(environment, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class), true);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("Aufruf: LocalNode HOME HTTP_PORT");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        Settings settings = Settings.builder()
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("cluster.name", "pressesuche-local")
            .put("node.name", "pressesuche-local")
            .put("network.host", "127.0.0.1")
            .put("http.port", args[1])
            .put("discovery.type", "single-node")
            // a nearly full disk of a laptop must not turn the index read-only
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("action.auto_create_index", false)
            .build();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(
            settings, java.util.Map.of(), home.resolve("config"), () -> "pressesuche-local");
        LocalNode node = new LocalNode(environment);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }));
        node.start();
        System.out.println("pressesuche: OpenSearch läuft auf http://127.0.0.1:" + args[1]);
        stopped.await();
    }
}
