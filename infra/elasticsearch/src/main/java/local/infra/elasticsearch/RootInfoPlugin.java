package local.infra.elasticsearch;

import static org.elasticsearch.rest.RestRequest.Method.GET;
import static org.elasticsearch.rest.RestRequest.Method.HEAD;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.elasticsearch.Build;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.metadata.IndexNameExpressionResolver;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.io.stream.NamedWriteableRegistry;
import org.elasticsearch.common.settings.ClusterSettings;
import org.elasticsearch.common.settings.IndexScopedSettings;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.common.settings.SettingsFilter;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestController;
import org.elasticsearch.rest.RestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.xcontent.XContentBuilder;

/**
 * Serves {@code GET /} and {@code HEAD /} (cluster name, cluster UUID and version information),
 * which the Elasticsearch distribution provides through its {@code rest-root} module. Clients use
 * this endpoint for {@code info()} and {@code ping()}.
 */
public class RootInfoPlugin extends Plugin implements ActionPlugin {

    private volatile ClusterService clusterService;

    @Override
    public Collection<?> createComponents(PluginServices services) {
        this.clusterService = services.clusterService();
        return List.of();
    }

    @Override
    public Collection<RestHandler> getRestHandlers(
        Settings settings,
        NamedWriteableRegistry namedWriteableRegistry,
        RestController restController,
        ClusterSettings clusterSettings,
        IndexScopedSettings indexScopedSettings,
        SettingsFilter settingsFilter,
        IndexNameExpressionResolver indexNameExpressionResolver,
        Supplier<DiscoveryNodes> nodesInCluster,
        Predicate<NodeFeature> clusterSupportsFeature
    ) {
        return List.of(new RootHandler());
    }

    private final class RootHandler extends BaseRestHandler {

        @Override
        public String getName() {
            return "local_root_info_action";
        }

        @Override
        public List<Route> routes() {
            return List.of(new Route(GET, "/"), new Route(HEAD, "/"));
        }

        @Override
        public boolean canTripCircuitBreaker() {
            return false;
        }

        @Override
        protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
            return channel -> {
                XContentBuilder builder = channel.newBuilder();
                if (request.hasParam("pretty") == false) {
                    builder.prettyPrint().lfAtEnd();
                }
                Build build = Build.current();
                ClusterService cs = clusterService;
                builder.startObject();
                builder.field("name", cs.getNodeName());
                builder.field("cluster_name", cs.getClusterName().value());
                builder.field("cluster_uuid", cs.state().metadata().clusterUUID());
                builder.startObject("version");
                builder.field("number", build.qualifiedVersion());
                builder.field("build_flavor", "default");
                builder.field("build_type", build.type().displayName());
                builder.field("build_hash", build.hash());
                builder.field("build_date", build.date());
                builder.field("build_snapshot", build.isSnapshot());
                builder.field("lucene_version", org.apache.lucene.util.Version.LATEST.toString());
                builder.field("minimum_wire_compatibility_version", build.minWireCompatVersion());
                builder.field("minimum_index_compatibility_version", build.minIndexCompatVersion());
                builder.endObject();
                builder.field("tagline", "You Know, for Search");
                builder.endObject();
                channel.sendResponse(new RestResponse(RestStatus.OK, builder));
            };
        }
    }
}
