<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Slipway::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+484" />
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
        <location filename="../ui/planview.cpp" line="+217" />
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
    <name>Slipway::TimelineChart</name>
    <message numerus="yes">
        <location filename="../ui/timelinechart.cpp" line="+429" />
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
</TS>