<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name></name>
    <message>
        <location filename="../models/upgradeplanner.cpp" line="+296"/>
        <source>Slipway cannot read the cluster version (kube-apiserver reports &quot;%1&quot;), so it cannot plan an upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the kube-apiserver pods and /version report a version like v1.34.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The target %1 is older than the cluster version %2; Slipway does not plan downgrades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a target of %1 or newer. To roll back a failed upgrade, use the backups kubeadm keeps in /etc/kubernetes/tmp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The cluster already runs %1 on every node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The control plane does not run as kubeadm static pods (%1), so the plan lists no kubeadm commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgrade the control plane one minor version at a time with your provider&apos;s tools (EKS, GKE, AKS, k3s, RKE2), then the nodes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway</name>
    <message>
        <location filename="../models/kubejsondecode.cpp" line="+82"/>
        <source>expected kind %1, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unsupported apiVersion &quot;%1&quot; for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>selector expression &quot;%1 %2 (%3)&quot; is not supported and was ignored; the selector may match more pods than it does in the cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::Collector</name>
    <message>
        <location filename="../models/dumploader.cpp" line="+131"/>
        <source>the file is empty; write the dump with kubectl get ... -o json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid JSON at byte %1 (line %2, column %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (this does not look like JSON; was it written with -o yaml instead of -o json?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a JSON object (a List or a single Kubernetes object), found an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not a Kubernetes object: it has no &quot;kind&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the %1 has no &quot;items&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: expected a Kubernetes object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a plain value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: not a Kubernetes object: it has no &quot;kind&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%n Pod(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n workload(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n PodDisruptionBudget(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it holds no objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it holds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no Node objects found (%1); include nodes in the dump: kubectl get nodes,pods,deployments,replicasets,statefulsets,daemonsets,jobs,poddisruptionbudgets -A -o json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: ignored %n %2 object(s), which Slipway does not use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %n object(s) appeared more than once; the first copy was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %n pod(s) run on nodes that are not in the dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: the server version is unknown: the dump has no kube-apiserver pods (a managed control plane?); add the output of kubectl version -o json as another file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ComponentTableModel</name>
    <message>
        <location filename="../models/items/componenttablemodel.cpp" line="+74"/>
        <source>(cluster-wide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::DumpLoader</name>
    <message>
        <location filename="../models/dumploader.cpp" line="+23"/>
        <source>no dump file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::Finding</name>
    <message>
        <location filename="../models/finding.cpp" line="+26"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::KubeJson</name>
    <message>
        <location filename="../models/kubejsondecode.cpp" line="+75"/>
        <location line="+97"/>
        <source>&quot;%1&quot; is not a taint effect (NoSchedule, PreferNoSchedule, NoExecute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-81"/>
        <source>&quot;%1&quot; is not a condition status (True, False, Unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>&quot;%1&quot; is not a toleration operator (Equal, Exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&quot;%1&quot; is not a pod phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>missing; expected Deployment, ReplicaSet, StatefulSet, DaemonSet or Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a workload kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+109"/>
        <source>has an empty selector, which in policy/v1beta1 matches no pods; it is treated as matching every pod in the namespace like policy/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/kubejsonreader.cpp" line="+19"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the string &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::KubeJson::Reader</name>
    <message>
        <location line="+68"/>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <location line="+31"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+12"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+16"/>
        <location line="+14"/>
        <location line="+18"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-38"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is out of range (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not an RFC 3339 time such as 2024-03-01T10:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a quantity (examples: 100m, 0.5, 128Mi, 1G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is neither a count nor a percentage such as 50%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an integer or a percentage string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::KubeconfigPaths</name>
    <message>
        <location filename="../kube/kubeconfigpaths.cpp" line="+18"/>
        <source>The kubeconfig file %1 given with --kubeconfig does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>None of the files named in KUBECONFIG exists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No kubeconfig found: %1 does not exist and KUBECONFIG is not set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+68"/>
        <location line="+154"/>
        <source>Slipway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Filter nodes (name, role, status, version…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control-plane and add-on versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Practice cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open practice &amp;scenario file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Slipway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>practice scenario &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open practice scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slipway scenarios (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Slipway could not load %1:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot load the practice cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No cluster loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — Slipway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Slipway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Slipway %1&lt;/h3&gt;&lt;p&gt;Plan, rehearse and run Kubernetes cluster upgrades node by node.&lt;/p&gt;&lt;p&gt;The practice cluster lets you try every step without touching a real cluster.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::NodeTableModel</name>
    <message>
        <location filename="../models/items/nodetablemodel.cpp" line="+160"/>
        <source>From the kube-proxy pod&apos;s image on this node (the node&apos;s kubeProxyVersion field is empty from Kubernetes 1.33).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kubelet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kube-proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OS image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pods</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::NodesCommand</name>
    <message>
        <location filename="../app/nodescommand.cpp" line="+13"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API server: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::PlanText</name>
    <message>
        <location filename="../models/plantext.cpp" line="+64"/>
        <source>fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hop %1 of %2: %3 -&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>[before the control plane] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cluster version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest version in the %1 series: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Upgrade path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release data as of %1, today is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Awesome, you&apos;re up-to-date! Enjoy!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Components that must be upgraded manually after you have upgraded the control plane with &apos;kubeadm upgrade apply&apos;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You can now apply the upgrade by executing the following command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: Before you can perform this upgrade, you have to update kubeadm to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Findings after hop %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ScenarioExpander</name>
    <message>
        <location filename="../sim/scenarioexpander.cpp" line="+103"/>
        <source>%1 &quot;%2/%3&quot; refers to unknown node &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ScenarioLoader</name>
    <message>
        <location filename="../sim/scenarioloader.cpp" line="+43"/>
        <source>must be &quot;slipway/v1&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be &quot;Scenario&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be an ISO 8601 date and time like 2025-09-01T08:00:00Z, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a scenario needs at least one node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a list of nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>duplicate node name &quot;%1&quot; (first defined at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must be true, false or unknown, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown control-plane component &quot;%1&quot; (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>must be a list of workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown kind &quot;%1&quot; (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>duplicate %1 &quot;%2/%3&quot; (first defined at line %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a DaemonSet has no replicas: it runs one pod on every eligible node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be Pending, Running, Succeeded or Failed, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>must be a whole number or a percentage like &quot;50%&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>set either minAvailable or maxUnavailable, not both (as the API requires)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs minAvailable or maxUnavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>There is no bundled practice scenario named &quot;%1&quot;. Available: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: cannot read the scenario file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unexpected structure: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::ScenarioReader</name>
    <message>
        <location filename="../sim/scenarioreader.cpp" line="+66"/>
        <source>expected a mapping of fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown field &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a single value, not a list or mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be a whole number from %1 to %2, got &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be true or false, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a mapping of names to values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>list items must be single values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>is not a CPU quantity (like &quot;2&quot; or &quot;500m&quot;): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is not a memory quantity (like &quot;16Gi&quot; or &quot;512Mi&quot;): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be a list of taints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+31"/>
        <source>must be NoSchedule, PreferNoSchedule or NoExecute, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>must be a list of tolerations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be Equal or Exists, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::SkewPolicy</name>
    <message>
        <location filename="../models/skewpolicy.cpp" line="+41"/>
        <source>%1 reports no version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 reports no version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 reports a version Slipway cannot read: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 reports a version Slipway cannot read: &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the %1 version; skew rules for it are skipped until it reads like v1.34.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the %1 version on %2; skew rules for it are skipped until it reads like v1.34.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+107"/>
        <source>kube-apiserver on %1 (%2) is %3 minor versions older than the newest kube-apiserver (%4); instances must be within one minor version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upgrade kube-apiserver on %1 one minor version at a time (kubeadm upgrade node) until it reaches %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The kube-apiserver instances run different versions (%1); kubeadm warns until every control-plane node runs the same version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish the control-plane upgrade: run kubeadm upgrade node on %1 to reach %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The kubelet on %1 (%2) is newer than the oldest kube-apiserver (%3); a kubelet must not be newer than kube-apiserver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgrade every kube-apiserver to %1 (the control plane goes first), or reinstall the kubelet on %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The kubelet on %1 (%2) is %3 minor versions older than the newest kube-apiserver (%4); at most %5 are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upgrade the kubelet on %1 to %2 or newer, one minor version at a time, draining the node first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The kubelet on %1 (%2) is %3 minor versions behind the newest kube-apiserver (%4), the most the policy allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../models/skewpolicysupport.cpp" line="+232"/>
        <location line="+11"/>
        <source>Upgrade the kubelet on %1 to %2 or newer before upgrading the control plane to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>kube-proxy (%1) is newer than the oldest kube-apiserver (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade every kube-apiserver to %1 before kube-proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kube-proxy (%1) is %2 minor versions older than the newest kube-apiserver (%3); at most %4 are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>Upgrade the kube-proxy DaemonSet to %1 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Upgrade the kubelet on %1 to %2 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kube-proxy (%1) is %2 minor versions away from the kubelet on %3 (%4); at most %5 are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 on %2 (%3) is newer than the oldest kube-apiserver (%4); it must not be newer than any kube-apiserver it talks to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgrade the remaining kube-apiserver instances to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on %2 (%3) is more than one minor version older than the newest kube-apiserver (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgrade %1 on %2 to %3 (kubeadm upgrade node on that node).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/skewpolicysupport.cpp" line="-164"/>
        <source>%1 is not in Slipway&apos;s release catalog (release data as of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update Slipway for newer release data; support dates for %1 are not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Kubernetes %1 reached end of life on %2; it no longer gets patches, including security fixes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kubernetes %1 is past end of life: three newer minor versions have been released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrade one minor version at a time, starting with %1, to a supported version (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kubernetes %1 has been in maintenance mode since %2 (critical and security fixes only) and reaches end of life on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgrade to %1 before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kubernetes %1 is no longer one of the three newest minor versions (%2) and reaches end of life on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kubernetes %1 is not one of the three newest minor versions (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan the upgrade to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not the newest patch of %2: %3 was released on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgrade to %1 first; the skew policy recommends the newest patch before a minor upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>could not find officially supported version of etcd for Kubernetes %1, falling back to the nearest etcd version (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the etcd version that kubeadm %1 installs before upgrading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 moves etcd on %2 from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take an etcd snapshot on %1 (etcdctl snapshot save) before upgrading the control plane; etcd changes minor version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to do: kubeadm upgrade replaces the etcd static pod on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>etcd on %1 (%2) is newer than the %3 that %4 ships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check why etcd on %1 runs %2 before upgrading; %3 expects %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 upgrades CoreDNS from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review custom changes to the CoreDNS Corefile; kubeadm checks the Corefile migration before upgrading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CoreDNS (%1) is newer than the %2 that %3 ships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the CoreDNS Deployment is managed the way you expect before upgrading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>kubeadm %1 refuses to upgrade the control plane while the kubelet on %2 runs %3; it allows kubelets at most %n minor version(s) older.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The kubelet on %1 (%2) will be %3 minor versions behind once the control plane runs %4; at most %5 are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>version difference between client (%1) and server (%2) exceeds the supported minor version skew of +/-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install kubectl %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::UpgradePlanner</name>
    <message>
        <location filename="../models/upgradeplanner.cpp" line="-275"/>
        <source>%1 is not Ready (%2); its drain and upgrade will stall until it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring %1 back to Ready, or remove it from the cluster, before upgrading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is already cordoned; the plan uncordons it after its upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cordon %1 again afterwards (kubectl cordon %1) if it should stay unschedulable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kubeadm upgrade apply will refuse to start: there are NotReady control-planes in the cluster: [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring %1 back to Ready before upgrading the control plane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The target %1 reached end of life on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target %1 is past end of life.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue to a supported minor version (%1), one minor at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The target %1 has been in maintenance mode since %2 and reaches end of life on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan the next upgrade before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a pre-release; kubeadm upgrades to it only with --allow-release-candidate-upgrades or --allow-experimental-upgrades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a released version for clusters that matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>pkgs.k8s.io has no packages for %1; they came from the legacy apt.kubernetes.io and yum.kubernetes.io repositories, frozen since 2023-09-13.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install these versions from the package source the nodes were built from; skip the repository steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The target &quot;%1&quot; is not a Kubernetes version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a version such as %1 or %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Slipway&apos;s release catalog (data as of %1) has no release of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a full version such as %1.0, or update Slipway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is newer than Slipway&apos;s release catalog (newest known: %2, data as of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that %1 has been released and read its release notes; the etcd and CoreDNS targets are estimates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a release in Slipway&apos;s catalog (newest %2 release: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the version, or use %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Upgrade to the latest stable version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade to the latest version in the %1 series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slipway::UpgradeSteps</name>
    <message>
        <location filename="../models/upgradesteps.cpp" line="+139"/>
        <source>Point the Kubernetes package repository on %1 at %2 (one repository per minor version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+70"/>
        <source>Upgrade kubeadm on %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Upgrade the kubelet configuration on %1 (kubeadm upgrade node).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+107"/>
        <source>Drain %1: cordon it and evict its pods (DaemonSet pods stay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Drain %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+104"/>
        <source>Upgrade kubelet and kubectl on %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+104"/>
        <source>Restart the kubelet on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+103"/>
        <source>Uncordon %1 so that pods can be scheduled on it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-74"/>
        <source>its kubelet (%1) is too old for a control plane at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Check the upgrade on %1 with kubeadm upgrade plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgrade the control plane on %1 to %2 (kubeadm upgrade apply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrade the CNI plugin if its provider requires it for %1, following the provider&apos;s instructions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Upgrade the control-plane components on %1 to %2 (kubeadm upgrade node).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Check that every node is Ready and its VERSION column shows %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+67"/>
        <source>No display found (DISPLAY and WAYLAND_DISPLAY are not set), so Slipway printed the practice cluster instead of opening its window.
To see the GUI, run it on a desktop, or under a virtual display: xvfb-run -a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>unknown language &quot;%1&quot;; available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown command &quot;%1&quot;; see slipway --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
