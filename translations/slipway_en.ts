<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Slipway::ClusterPage</name>
    <message numerus="yes">
        <location filename="../ui/wizard/clusterpage.cpp" line="+87" />
        <source>%1 × %n</source>
        <translation>
            <numerusform>%1 × %n</numerusform>
            <numerusform>%1 × %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n control-plane</source>
        <translation>
            <numerusform>%n control-plane</numerusform>
            <numerusform>%n control-plane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n cordoned</source>
        <translation>
            <numerusform>%n cordoned</numerusform>
            <numerusform>%n cordoned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n not Ready</source>
        <translation>
            <numerusform>%n not Ready</numerusform>
            <numerusform>%n not Ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slipway::KubeCall</name>
    <message numerus="yes">
        <location filename="../kube/kubeclient.cpp" line="+400" />
        <source>No complete answer came within %1 s over %n attempt(s); --request-timeout sets this limit.</source>
        <translation>
            <numerusform>No complete answer came within %1 s over %n attempt; --request-timeout sets this limit.</numerusform>
            <numerusform>No complete answer came within %1 s over %n attempts; --request-timeout sets this limit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slipway::LessonClusterView</name>
    <message numerus="yes">
        <location filename="../ui/training/lessonclusterview.cpp" line="+129" />
        <source>&lt;b&gt;Pods&lt;/b&gt; (%n)</source>
        <translation>
            <numerusform>&lt;b&gt;Pods&lt;/b&gt; (%n)</numerusform>
            <numerusform>&lt;b&gt;Pods&lt;/b&gt; (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slipway::LessonCommand</name>
    <message numerus="yes">
        <location filename="../app/lessoncommand.cpp" line="+42" />
        <source>%n step(s), scenario %1</source>
        <translation>
            <numerusform>%n step, scenario %1</numerusform>
            <numerusform>%n steps, scenario %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slipway::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+540" />
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+64" />
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slipway::PlanView</name>
    <message numerus="yes">
        <location filename="../ui/planview.cpp" line="+232" />
        <source>&lt;b&gt;Path:&lt;/b&gt; %1 &amp;nbsp;·&amp;nbsp; %n hop(s), one minor version at a time</source>
        <translation>
            <numerusform>&lt;b&gt;Path:&lt;/b&gt; %1 &amp;nbsp;·&amp;nbsp; %n hop, one minor version at a time</numerusform>
            <numerusform>&lt;b&gt;Path:&lt;/b&gt; %1 &amp;nbsp;·&amp;nbsp; %n hops, one minor version at a time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58" />
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slipway::PreflightPage</name>
    <message numerus="yes">
        <location filename="../ui/wizard/preflightpage.cpp" line="+211" />
        <source>Previewing the drain of %n node(s)…</source>
        <translation>
            <numerusform>Previewing the drain of %n node…</numerusform>
            <numerusform>Previewing the drain of %n nodes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72" />
        <source>Capacity: all %n evicted pod(s) fit on the other nodes.</source>
        <translation>
            <numerusform>Capacity: the %n evicted pod fits on the other nodes.</numerusform>
            <numerusform>Capacity: all %n evicted pods fit on the other nodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Capacity: %n pod(s) would stay Pending (no node has room).</source>
        <translation>
            <numerusform>Capacity: %n pod would stay Pending (no node has room).</numerusform>
            <numerusform>Capacity: %n pods would stay Pending (no node has room).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n blocker(s): tick the option that covers each, or go back.</source>
        <translation>
            <numerusform>%n blocker: tick the option that covers each, or go back.</numerusform>
            <numerusform>%n blockers: tick the option that covers each, or go back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>%n stay Pending</source>
        <translation>
            <numerusform>%n stays Pending</numerusform>
            <numerusform>%n stay Pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slipway::RehearsalPanel</name>
    <message numerus="yes">
        <location filename="../ui/rehearsalpanel.cpp" line="+220" />
        <source>rolling, %n node(s) at a time</source>
        <translation>
            <numerusform>rolling, %n node at a time</numerusform>
            <numerusform>rolling, %n nodes at a time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>surge, %n new node(s) first</source>
        <translation>
            <numerusform>surge, %n new node first</numerusform>
            <numerusform>surge, %n new nodes first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17" />
        <source>%1; %n node(s); drain options: %2.</source>
        <translation>
            <numerusform>%1; %n node; drain options: %2.</numerusform>
            <numerusform>%1; %n nodes; drain options: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+97" />
        <source>Rehearsed %1 in %2 of wall time on a copy of %n node(s).</source>
        <translation>
            <numerusform>Rehearsed %1 in %2 of wall time on a copy of %n node.</numerusform>
            <numerusform>Rehearsed %1 in %2 of wall time on a copy of %n nodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31" />
        <source>Peak unavailable: %n node(s) at %1</source>
        <translation>
            <numerusform>Peak unavailable: %n node at %1</numerusform>
            <numerusform>Peak unavailable: %n nodes at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n blocker</numerusform>
            <numerusform>%n blockers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n pod(s) left Pending</source>
        <translation>
            <numerusform>%n pod left Pending</numerusform>
            <numerusform>%n pods left Pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n workload(s) below desired</source>
        <translation>
            <numerusform>%n workload below desired</numerusform>
            <numerusform>%n workloads below desired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n eviction(s)</source>
        <translation>
            <numerusform>%n eviction</numerusform>
            <numerusform>%n evictions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slipway::RehearsalReport</name>
    <message numerus="yes">
        <location filename="../sim/rehearsal/rehearsalreport.cpp" line="+179" />
        <source>%n workload(s)</source>
        <translation>
            <numerusform>%n workload</numerusform>
            <numerusform>%n workloads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slipway::RunConsole</name>
    <message numerus="yes">
        <location filename="../app/runconsole.cpp" line="+74" />
        <source>Hop %1 (%2) %3: %n node(s) done.</source>
        <translation>
            <numerusform>Hop %1 (%2) %3: %n node done.</numerusform>
            <numerusform>Hop %1 (%2) %3: %n nodes done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+68" />
        <source>Run stopped by you at “%1”: %2 of %n node(s) done, %3 failed. Nothing was changed after that question.</source>
        <translation>
            <numerusform>Run stopped by you at “%1”: %2 of %n node done, %3 failed. Nothing was changed after that question.</numerusform>
            <numerusform>Run stopped by you at “%1”: %2 of %n nodes done, %3 failed. Nothing was changed after that question.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>Run %1: %2 of %3 hops (%4), %5 of %n node(s) done, %6 failed.</source>
        <translation>
            <numerusform>Run %1: %2 of %3 hops (%4), %5 of %n node done, %6 failed.</numerusform>
            <numerusform>Run %1: %2 of %3 hops (%4), %5 of %n nodes done, %6 failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>Run %1: %2 of %n node(s) done, %3 failed.</source>
        <translation>
            <numerusform>Run %1: %2 of %n node done, %3 failed.</numerusform>
            <numerusform>Run %1: %2 of %n nodes done, %3 failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slipway::StrategyPage</name>
    <message numerus="yes">
        <location filename="../ui/wizard/strategypage.cpp" line="+289" />
        <source>⚠ With this strategy and order the pre-flight finds %n blocker(s): go back to Pre-flight to cover them, or take fewer nodes at a time.</source>
        <translation>
            <numerusform>⚠ With this strategy and order the pre-flight finds %n blocker: go back to Pre-flight to cover them, or take fewer nodes at a time.</numerusform>
            <numerusform>⚠ With this strategy and order the pre-flight finds %n blockers: go back to Pre-flight to cover them, or take fewer nodes at a time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slipway::StudentsPanel</name>
    <message numerus="yes">
        <location filename="../ui/training/studentspanel.cpp" line="+104" />
        <location line="+68" />
        <source>&amp;Students' kubectl on the shared cluster (%n request(s)):</source>
        <translation>
            <numerusform>&amp;Students' kubectl on the shared cluster (%n request):</numerusform>
            <numerusform>&amp;Students' kubectl on the shared cluster (%n requests):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slipway::SummaryPage</name>
    <message numerus="yes">
        <location filename="../ui/wizard/summarypage.cpp" line="+168" />
        <source>&lt;b&gt;%1.&lt;/b&gt; %2 of %3 node(s) done in %4; %n pod(s) evicted or deleted.</source>
        <translation>
            <numerusform>&lt;b&gt;%1.&lt;/b&gt; %2 of %3 nodes done in %4; %n pod evicted or deleted.</numerusform>
            <numerusform>&lt;b&gt;%1.&lt;/b&gt; %2 of %3 nodes done in %4; %n pods evicted or deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slipway::TargetPage</name>
    <message numerus="yes">
        <location filename="../ui/wizard/targetpage.cpp" line="+230" />
        <source>%n node(s) will be drained, maintained and uncordoned.</source>
        <translation>
            <numerusform>%n node will be drained, maintained and uncordoned.</numerusform>
            <numerusform>%n nodes will be drained, maintained and uncordoned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%n blocker(s) left: resolve or tick each one.</source>
        <translation>
            <numerusform>%n blocker left: resolve or tick each one.</numerusform>
            <numerusform>%n blockers left: resolve or tick each one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slipway::TimelineChart</name>
    <message numerus="yes">
        <location filename="../ui/timelinechart.cpp" line="+466" />
        <source>%n node(s): %1 done, %2 in progress, %3 failed, %4 not started.</source>
        <translation>
            <numerusform>%n node: %1 done, %2 in progress, %3 failed, %4 not started.</numerusform>
            <numerusform>%n nodes: %1 done, %2 in progress, %3 failed, %4 not started.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timelinechartnavigation.cpp" line="+292" />
        <source>%1 (%n node(s))</source>
        <translation>
            <numerusform>%1 (%n node)</numerusform>
            <numerusform>%1 (%n nodes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slipway::UpgradeRunner</name>
    <message numerus="yes">
        <location filename="../models/run/upgraderunnersurge.cpp" line="+71" />
        <source>Waiting for %n new node(s) at %1 to join and become Ready.</source>
        <translation>
            <numerusform>Waiting for %n new node at %1 to join and become Ready.</numerusform>
            <numerusform>Waiting for %n new nodes at %1 to join and become Ready.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+54" />
        <source>Asking the practice cluster for %n new node(s) in all.</source>
        <translation>
            <numerusform>Asking the practice cluster for %n new node in all.</numerusform>
            <numerusform>Asking the practice cluster for %n new nodes in all.</numerusform>
        </translation>
    </message>
</context>
</TS>