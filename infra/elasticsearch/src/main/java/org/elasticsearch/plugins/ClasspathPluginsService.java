package org.elasticsearch.plugins;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.elasticsearch.Version;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.jdk.ModuleQualifiedExportsService;

/**
 * Plugins service that instantiates plugin classes found on the classpath, in addition to
 * whatever the (normally empty) {@code modules/} and {@code plugins/} folders contain.
 *
 * <p>It lives in {@code org.elasticsearch.plugins} because {@link LoadedPlugin},
 * {@link #loadPlugin} and {@link #loadExtensions} are package-private.
 */
public class ClasspathPluginsService extends PluginsService {

    private final List<LoadedPlugin> loadedPlugins;
    private final PluginsAndModules pluginsAndModules;

    public ClasspathPluginsService(Settings settings, Environment environment, Collection<Class<? extends Plugin>> pluginClasses) {
        super(settings, environment.configFile(), environment.modulesFile(), environment.pluginsFile());

        List<LoadedPlugin> fromClasspath = new ArrayList<>();
        for (Class<? extends Plugin> pluginClass : pluginClasses) {
            PluginDescriptor descriptor = new PluginDescriptor(
                pluginClass.getName(),
                "loaded from the classpath",
                Version.CURRENT.toString(),
                Version.CURRENT.toString(),
                Integer.toString(Runtime.version().feature()),
                pluginClass.getName(),
                null,
                List.of(),
                false,
                false,
                false,
                false
            );
            fromClasspath.add(new LoadedPlugin(descriptor, loadPlugin(pluginClass, settings, environment.configFile())));
        }
        loadExtensions(fromClasspath);

        List<PluginRuntimeInfo> infos = new ArrayList<>(super.info().getPluginInfos());
        fromClasspath.forEach(p -> infos.add(new PluginRuntimeInfo(p.descriptor())));

        List<LoadedPlugin> all = new ArrayList<>(fromClasspath);
        all.addAll(super.plugins());
        this.loadedPlugins = List.copyOf(all);
        this.pluginsAndModules = new PluginsAndModules(infos, super.info().getModuleInfos());
    }

    @Override
    protected List<LoadedPlugin> plugins() {
        return loadedPlugins;
    }

    @Override
    public PluginsAndModules info() {
        return pluginsAndModules;
    }

    /** The server runs from the classpath (unnamed module), so there are no qualified exports to wire. */
    @Override
    protected void addServerExportsService(Map<String, List<ModuleQualifiedExportsService>> qualifiedExports) {}
}
