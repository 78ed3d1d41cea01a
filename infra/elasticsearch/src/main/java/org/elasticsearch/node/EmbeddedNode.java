package org.elasticsearch.node;

import java.util.function.Function;

import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.PluginsService;

/**
 * A {@link Node} whose plugins come from the classpath instead of a distribution's
 * {@code modules/} and {@code plugins/} folders.
 *
 * <p>It lives in {@code org.elasticsearch.node} because the hook that creates the plugins
 * service ({@link NodeServiceProvider#newPluginService}) is package-private.
 */
public class EmbeddedNode extends Node {

    public EmbeddedNode(Environment environment, Function<Settings, PluginsService> pluginsServiceFactory) {
        super(NodeConstruction.prepareConstruction(environment, new NodeServiceProvider() {
            @Override
            PluginsService newPluginService(Environment env, Settings settings) {
                return pluginsServiceFactory.apply(settings);
            }
        }, true));
    }
}
