package org.seedeverything.spark.internal;

import java.util.Map;
import org.apache.spark.TaskContext;
import org.apache.spark.api.plugin.ExecutorPlugin;
import org.apache.spark.api.plugin.PluginContext;

/**
 * The executor half of the plugin: seeds the executor JVM's globals from the master the driver sent, and before
 * every task the task thread's per-thread generators from (master, scope, partition).
 */
public final class PluginExecutor implements ExecutorPlugin {
    @Override
    public void init(PluginContext context, Map<String, String> extraConf) {
        ExecutorSeeds.start(PluginDriver.master(extraConf), PluginDriver.mode(extraConf),
                "executor " + context.executorID());
    }

    @Override
    public void onTaskStart() {
        TaskContext task = TaskContext.get();
        if (task != null) {
            TaskSeeding.seedTaskThread(task);
            TaskSeeding.injectFailure(task);
        }
    }
}
