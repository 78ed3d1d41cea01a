package local.infra.elasticsearch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.EmbeddedNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.transport.netty4.Netty4Plugin;

/**
 * Runs one Elasticsearch node in this JVM.
 *
 * <p>Usage: {@code LocalElasticsearch <home>}. The home folder must contain
 * {@code config/elasticsearch.yml} and {@code config/log4j2.properties}; paths such as
 * {@code path.data} and {@code path.logs} come from that configuration. The process runs
 * until it receives SIGTERM/SIGINT, then closes the node cleanly.
 */
public final class LocalElasticsearch {

    private static final List<Class<? extends Plugin>> PLUGINS = List.of(
        Netty4Plugin.class,
        RootInfoPlugin.class,
        ExtraAnalysisPlugin.class
    );

    private LocalElasticsearch() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: LocalElasticsearch <home>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath().normalize();
        Path config = home.resolve("config");
        Files.createDirectories(home.resolve("modules"));
        Files.createDirectories(home.resolve("plugins"));

        Settings initial = Settings.builder().put(Environment.PATH_HOME_SETTING.getKey(), home.toString()).build();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(initial, Map.of(), config, () -> "local-node");

        LogConfigurator.registerErrorListener();
        LogConfigurator.setNodeName(Node.NODE_NAME_SETTING.get(environment.settings()));
        LogConfigurator.configure(environment, true);

        Node node = new EmbeddedNode(environment, settings -> new ClasspathPluginsService(settings, environment, PLUGINS));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                node.awaitClose(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }, "local-es-shutdown"));

        node.start();
        stopped.await();
    }
}
