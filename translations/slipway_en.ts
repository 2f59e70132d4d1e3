<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Slipway::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+227"/>
        <source>%n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slipway::SkewPolicy</name>
    <message numerus="yes">
        <location filename="../models/skewpolicysupport.cpp" line="+228"/>
        <source>kubeadm %1 refuses to upgrade the control plane while the kubelet on %2 runs %3; it allows kubelets at most %n minor version(s) older.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
