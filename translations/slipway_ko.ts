<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name />
    <message>
        <location filename="../app/runoptions.cpp" line="+45" />
        <source>The sub-command.</source>
        <translation>하위 명령.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>See 'slipway %1 --help' for usage.</source>
        <translation>사용법은 'slipway %1 --help'를 참조하십시오.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>unexpected argument "%1"; see 'slipway %2 --help'</source>
        <translation>예상하지 못한 인수 "%1"입니다. 'slipway %2 --help'를 참조하십시오</translation>
    </message>
    <message>
        <location line="+19" />
        <source>--grace-period must be a number of seconds, not "%1"</source>
        <translation>--grace-period에는 초 단위 숫자를 지정해야 합니다(현재 값: "%1")</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--override-pdb takes NAMESPACE/NAME, not "%1"</source>
        <translation>--override-pdb에는 NAMESPACE/NAME을 지정해야 합니다(현재 값: "%1")</translation>
    </message>
    <message>
        <location line="+22" />
        <source>--strategy must be rolling, all-at-once or surge, not "%1"</source>
        <translation>--strategy는 rolling, all-at-once 또는 surge여야 합니다(현재 값: "%1")</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--max-unavailable must be a number, not "%1"</source>
        <translation>--max-unavailable에는 숫자를 지정해야 합니다(현재 값: "%1")</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--surge-nodes must be a number, not "%1"</source>
        <translation>--surge-nodes에는 숫자를 지정해야 합니다(현재 값: "%1")</translation>
    </message>
    <message>
        <location line="+18" />
        <source>--executor must be manual, command or practice, not "%1"</source>
        <translation>--executor는 manual, command 또는 practice여야 합니다(현재 값: "%1")</translation>
    </message>
    <message>
        <location line="+3" />
        <source>slipway maintain needs --nodes N1,N2…</source>
        <translation>slipway maintain에는 --nodes N1,N2…가 필요합니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>give either --command or --reboot</source>
        <translation>--command와 --reboot 중 하나만 지정하십시오</translation>
    </message>
</context>
<context>
    <name>Slipway::AppClusterConnector</name>
    <message>
        <location filename="../app/appclusterconnector.cpp" line="+69" />
        <source>practice cluster kubeconfig</source>
        <translation>연습용 클러스터 kubeconfig</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 (practice cluster)</source>
        <translation>%1(연습용 클러스터)</translation>
    </message>
</context>
<context>
    <name>Slipway::ClassroomServer</name>
    <message>
        <location filename="../ui/training/classroomserver.cpp" line="+53" />
        <source>The students' API server could not start: %1</source>
        <translation>학생용 API 서버를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Cannot create %1 for the students' kubeconfig.</source>
        <translation>학생용 kubeconfig를 위한 %1을(를) 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Slipway::ClusterCli</name>
    <message>
        <location filename="../app/clustercli.cpp" line="+24" />
        <source>The kubeconfig file (default: KUBECONFIG, then ~/.kube/config).</source>
        <translation>kubeconfig 파일(기본값: KUBECONFIG, 그다음 ~/.kube/config).</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+8" />
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="-7" />
        <source>The kubeconfig context (default: current-context).</source>
        <translation>kubeconfig 컨텍스트(기본값: current-context).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Act on a practice cluster started in this process: --demo [SCENARIO] (default, cka-lecture).</source>
        <translation>이 프로세스에서 시작한 연습용 클러스터를 대상으로 합니다: --demo [SCENARIO](default, cka-lecture).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Act on a practice cluster from a scenario file.</source>
        <translation>시나리오 파일로 만든 연습용 클러스터를 대상으로 합니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How fast the practice cluster's clock runs, 1 to 600 times real time (default: 1).</source>
        <translation>연습용 클러스터의 시계가 흐르는 속도. 실제 시간의 1~600배(기본값: 1).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>factor</source>
        <translation>배율</translation>
    </message>
    <message>
        <location line="+1" />
        <source>duration</source>
        <translation>기간</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Give up on one server request after this long, its retries included, like kubectl (e.g. 30s, 2m; 0 means no limit; default: 30 s per attempt, 60 s in all).</source>
        <translation>서버 요청 하나를 재시도를 포함해 이 시간이 지나면 포기합니다. kubectl과 같습니다(예: 30s, 2m. 0은 제한 없음. 기본값: 시도당 30초, 전체 60초).</translation>
    </message>
    <message>
        <location line="+53" />
        <source>give only one cluster: --kubeconfig/--context, --demo or --scenario-file</source>
        <translation>클러스터는 하나만 지정하십시오: --kubeconfig/--context, --demo 또는 --scenario-file</translation>
    </message>
    <message>
        <location line="+4" />
        <source>give only one of --demo and --scenario-file</source>
        <translation>--demo와 --scenario-file 중 하나만 지정하십시오</translation>
    </message>
    <message>
        <location line="+29" />
        <source>--speed must be a number from 1 to 600, not "%1"</source>
        <translation>--speed는 1부터 600 사이의 숫자여야 합니다(현재 값: "%1")</translation>
    </message>
    <message>
        <location line="+15" />
        <source>practice cluster kubeconfig</source>
        <translation>연습용 클러스터 kubeconfig</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 (practice cluster)</source>
        <translation>%1(연습용 클러스터)</translation>
    </message>
</context>
<context>
    <name>Slipway::ClusterError</name>
    <message>
        <location filename="../models/clusterapi.cpp" line="+19" />
        <source>Server says: %1</source>
        <translation>서버 메시지: %1</translation>
    </message>
    <message>
        <location line="+113" />
        <source>Cannot reach the Kubernetes API server at %1: %2. Check that the cluster is running, that the server address in the kubeconfig is right and that no firewall or proxy blocks it.</source>
        <translation>%1의 Kubernetes API 서버에 연결할 수 없습니다: %2. 클러스터가 실행 중인지, kubeconfig의 서버 주소가 올바른지, 방화벽이나 프록시가 연결을 차단하지 않는지 확인하십시오.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The Kubernetes API server at %1 did not answer in time (%2 %3). The server or the network may be overloaded; try again.</source>
        <translation>%1의 Kubernetes API 서버가 제시간에 응답하지 않았습니다(%2 %3). 서버나 네트워크에 과부하가 걸렸을 수 있습니다. 다시 시도하십시오.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The TLS connection to %1 failed: %2. The certificate authority came from the kubeconfig; check certificate-authority(-data) and tls-server-name of the cluster entry.</source>
        <translation>%1에 대한 TLS 연결에 실패했습니다: %2. 인증 기관(CA)은 kubeconfig에서 가져왔습니다. 클러스터 항목의 certificate-authority(-data)와 tls-server-name을 확인하십시오.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The TLS connection to %1 failed: %2. The kubeconfig names no certificate authority, so the system's trusted CAs were used; add certificate-authority-data to the cluster entry.</source>
        <translation>%1에 대한 TLS 연결에 실패했습니다: %2. kubeconfig에 인증 기관(CA)이 지정되지 않아 시스템에서 신뢰하는 CA를 사용했습니다. 클러스터 항목에 certificate-authority-data를 추가하십시오.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The API server at %1 rejected the credentials of user "%2" (%3) with 401 Unauthorized. The token or certificate may have expired or been revoked; log in again or fetch a fresh kubeconfig.%4</source>
        <translation>%1의 API 서버가 사용자 "%2"(%3)의 자격 증명을 거부했습니다(401 Unauthorized). 토큰이나 인증서가 만료되었거나 폐기되었을 수 있습니다. 다시 로그인하거나 새 kubeconfig를 받으십시오.%4</translation>
    </message>
    <message>
        <location line="+7" />
        <source>User "%1" may not %2 %3 (403 Forbidden). Ask a cluster administrator for RBAC permission to %2 %4.%5</source>
        <translation>사용자 "%1"에게 %3에 대한 %2 권한이 없습니다(403 Forbidden). 클러스터 관리자에게 %4에 대한 %2 RBAC 권한을 요청하십시오.%5</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 was not found on the cluster (404). It may have been deleted, or the cluster does not serve this API version.%2</source>
        <translation>클러스터에서 찾을 수 없습니다: %1(404). 삭제되었거나 클러스터가 이 API 버전을 제공하지 않을 수 있습니다.%2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 changed while Slipway was updating it (409 Conflict); refresh and try again.%2</source>
        <translation>Slipway가 업데이트하는 동안 대상이 변경되었습니다: %1(409 Conflict). 새로 고친 후 다시 시도하십시오.%2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The list or watch of %1 expired on the server (410 Gone); Slipway lists again.</source>
        <translation>서버에서 %1의 list 또는 watch가 만료되었습니다(410 Gone). Slipway가 다시 list를 수행합니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The API server refused to %1 %2 for now (429 Too Many Requests).%3</source>
        <translation>API 서버가 현재 %2에 대한 %1 요청을 거부했습니다(429 Too Many Requests).%3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The API server failed to %1 %2 (HTTP %3 %4).%5</source>
        <translation>API 서버가 %2에 대한 %1 요청을 처리하지 못했습니다(HTTP %3 %4).%5</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The API server at %1 sent an unexpected answer to %2 %3: %4</source>
        <translation>%1의 API 서버가 %3에 대한 %2 요청에 예상하지 못한 응답을 보냈습니다: %4</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The request to %1 %2 was cancelled.</source>
        <translation>%2에 대한 %1 요청이 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>Slipway::ClusterPage</name>
    <message>
        <location filename="../ui/wizard/clusterpage.cpp" line="+37" />
        <source>Cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The cluster this run will change, its versions and what the skew policy finds now.</source>
        <translation>이 실행이 변경할 클러스터, 그 버전, 그리고 현재 버전 차이(skew) 정책 점검 결과입니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Context:</source>
        <translation>컨텍스트:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Versions:</source>
        <translation>버전:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nodes:</source>
        <translation>노드:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Findings:</source>
        <translation>점검 결과:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Findings</source>
        <translation>점검 결과</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Findings of the current plan</source>
        <translation>현재 계획의 점검 결과</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Practice cluster: nothing here touches a real cluster.</source>
        <translation>연습용 클러스터: 여기서 하는 어떤 작업도 실제 클러스터를 건드리지 않습니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Live cluster: every step of the run changes it for real.</source>
        <translation>라이브 클러스터: 실행의 모든 단계가 실제로 클러스터를 변경합니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>%1 × %n</source>
        <translation>
            <numerusform>%1 × %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>control plane %1 · kubelets %2</source>
        <translation>컨트롤 플레인 %1 · kubelet %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n node(s)</source>
        <translation>
            <numerusform>노드 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n control-plane</source>
        <translation>
            <numerusform>컨트롤 플레인 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n cordoned</source>
        <translation>
            <numerusform>cordon됨 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n not Ready</source>
        <translation>
            <numerusform>NotReady %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Planning…</source>
        <translation>계획하는 중…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n error(s)</source>
        <translation>
            <numerusform>오류 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>경고 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>참고 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slipway::ClusterSeriesModel</name>
    <message>
        <location filename="../models/items/clusterseriesmodel.cpp" line="+132" />
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ready nodes</source>
        <translation>Ready 노드</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Schedulable nodes</source>
        <translation>스케줄 가능 노드</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nodes</source>
        <translation>노드</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pending pods</source>
        <translation>Pending Pod</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Workloads below desired replicas</source>
        <translation>원하는 복제본 수에 못 미치는 워크로드</translation>
    </message>
</context>
<context>
    <name>Slipway::CommandExecutor</name>
    <message>
        <location filename="../models/run/executors.cpp" line="+73" />
        <source>The command could not be started: %1</source>
        <translation>명령을 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the command was killed</source>
        <translation>명령이 강제 종료되었습니다</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The command on %1 was killed.</source>
        <translation>%1 노드의 명령이 강제 종료되었습니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The command on %1 exited with code %2.</source>
        <translation>%1 노드의 명령이 종료 코드 %2(으)로 끝났습니다.</translation>
    </message>
</context>
<context>
    <name>Slipway::ComponentTableModel</name>
    <message>
        <location filename="../models/items/componenttablemodel.cpp" line="+52" />
        <source>(cluster-wide)</source>
        <translation>(클러스터 전체)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Component</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Image</source>
        <translation>이미지</translation>
    </message>
</context>
<context>
    <name>Slipway::DrainDialog</name>
    <message>
        <location filename="../ui/draindialog.cpp" line="+59" />
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <location line="+23" />
        <source>evict</source>
        <translation>축출</translation>
    </message>
    <message>
        <location line="+2" />
        <source>downtime</source>
        <translation>다운타임</translation>
    </message>
    <message>
        <location line="+2" />
        <source>skip</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location line="+2" />
        <source>blocked</source>
        <translation>차단됨</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Drain node %1</source>
        <translation>%1 노드 drain</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cordons &lt;b&gt;%1&lt;/b&gt;, then evicts its pods as &lt;tt&gt;kubectl drain&lt;/tt&gt; does. The preview below follows the options; nothing changes until you press &lt;b&gt;Drain&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 노드를 cordon한 다음 &lt;tt&gt;kubectl drain&lt;/tt&gt;처럼 Pod를 축출합니다. 아래 미리 보기는 옵션에 따라 바뀌며, &lt;b&gt;Drain&lt;/b&gt;을 누르기 전에는 아무것도 변경되지 않습니다.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Why / where it goes</source>
        <translation>이유 / 옮겨 갈 곳</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Workload</source>
        <translation>워크로드</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Drain</source>
        <translation>Drain(&amp;D)</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Ignore DaemonSet-managed pods.</source>
        <translation>DaemonSet이 관리하는 Pod를 무시합니다.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Continue even if there are pods using emptyDir (local data that will be deleted when the node is drained).</source>
        <translation>emptyDir을 사용하는 Pod(노드를 drain하면 삭제되는 로컬 데이터)가 있어도 계속합니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Continue even if there are pods that do not declare a controller.</source>
        <translation>컨트롤러를 선언하지 않은 Pod가 있어도 계속합니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Force drain to use delete, even if eviction is supported. This will bypass checking PodDisruptionBudgets, use with caution.</source>
        <translation>축출이 지원되더라도 drain에서 강제로 delete를 사용합니다. PodDisruptionBudget 확인을 우회하므로 주의해서 사용하십시오.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>each pod's own</source>
        <translation>각 Pod의 자체 값</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+1" />
        <source>off</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <location line="+3" />
        <source>label selector, e.g. app=web</source>
        <translation>레이블 셀렉터(예: app=web)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>When a checked budget blocks an eviction, the pod is deleted instead (--override-pdb); every override is recorded.</source>
        <translation>체크한 예산이 축출을 막으면 그 Pod를 대신 삭제합니다(--override-pdb). 모든 재정의는 기록됩니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Delete instead of evicting when
these budgets block (--override-pdb):</source>
        <translation>다음 예산이 막으면 축출 대신
삭제(--override-pdb):</translation>
    </message>
    <message>
        <location line="+107" />
        <location line="+10" />
        <source>Previewing…</source>
        <translation>미리 보기 계산 중…</translation>
    </message>
    <message>
        <location line="+31" />
        <source>no controller</source>
        <translation>컨트롤러 없음</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Same as: %1</source>
        <translation>동일한 명령: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source> (and --override-pdb %1, Slipway's own)</source>
        <translation> (그리고 Slipway 전용 옵션 --override-pdb %1)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>kubectl drain would refuse: see the errors under the preview</source>
        <translation>kubectl drain이 거부합니다: 미리 보기 아래의 오류를 보십시오</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Blocked pods keep the drain waiting until its timeout</source>
        <translation>차단된 Pod가 있으면 drain이 제한 시간까지 기다립니다</translation>
    </message>
</context>
<context>
    <name>Slipway::DrainPreview</name>
    <message>
        <location filename="../models/drain/drainpreview.cpp" line="+442" />
        <source>mirror pod of a static pod: the kubelet owns it</source>
        <translation>static Pod의 미러 Pod: kubelet이 관리합니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>deletion timestamp older than --skip-wait-for-delete-timeout</source>
        <translation>deletion timestamp가 --skip-wait-for-delete-timeout보다 오래되었습니다</translation>
    </message>
    <message>
        <location line="+6" />
        <source>finished (%1): removed, nothing replaces it</source>
        <translation>완료됨(%1): 제거되며 대체되지 않습니다</translation>
    </message>
    <message>
        <location line="+19" />
        <source>selected by %1 PodDisruptionBudgets (%2): the API server refuses to evict a pod under several budgets (500)</source>
        <translation>PodDisruptionBudget %1개(%2)가 선택합니다: API 서버는 여러 예산에 속한 Pod의 축출을 거부합니다(500)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>; deleted instead (--override-pdb)</source>
        <translation>; 대신 삭제됨(--override-pdb)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>PodDisruptionBudget %1 allows no disruption; deleted instead (--override-pdb)</source>
        <translation>PodDisruptionBudget %1이(가) 중단을 허용하지 않습니다. 대신 삭제됨(--override-pdb)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>PodDisruptionBudget %1: the eviction is refused (429) and retried until the budget allows one</source>
        <translation>PodDisruptionBudget %1: 축출이 거부되며(429) 예산이 허용할 때까지 재시도합니다</translation>
    </message>
    <message>
        <location line="+16" />
        <source>waits for a replacement to become Ready: PodDisruptionBudget %1</source>
        <translation>대체 Pod가 Ready가 될 때까지 기다립니다: PodDisruptionBudget %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>waits forever on PodDisruptionBudget %1: the replacements of its evicted pods fit on no node</source>
        <translation>PodDisruptionBudget %1에서 무한히 기다립니다: 축출된 Pod를 대체할 Pod가 들어갈 노드가 없습니다</translation>
    </message>
    <message>
        <location line="+28" />
        <source>declares no controller: it is deleted and nothing recreates it</source>
        <translation>컨트롤러를 선언하지 않았습니다: 삭제되며 다시 만들어지지 않습니다</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the last ready replica of %1 (%2 of %2 ready on this node): it has none until a replacement is Ready</source>
        <translation>%1의 마지막 Ready 레플리카입니다(이 노드에서 %2개 중 %2개 Ready): 대체 Pod가 Ready가 될 때까지 레플리카가 없습니다</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1 (%2: %3 healthy, %4 desired, %5 disruptions allowed)</source>
        <translation>%1(%2: 정상 %3개, 원하는 수 %4개, 허용 중단 %5개)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>its replacement fits on no node: %1</source>
        <translation>대체 Pod가 들어갈 노드가 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>Slipway::DrainPreviewText</name>
    <message>
        <location filename="../models/drain/drainpreviewtext.cpp" line="+13" />
        <source>covered by %1</source>
        <translation>%1(으)로 허용됨</translation>
    </message>
    <message>
        <location line="+2" />
        <source>deleted, not evicted</source>
        <translation>축출이 아닌 삭제</translation>
    </message>
    <message>
        <location line="+2" />
        <source>replacement stays Pending: %1</source>
        <translation>대체 Pod가 Pending으로 남음: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>replacement fits on %1</source>
        <translation>대체 Pod가 %1에 배치 가능</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 to evict (%2 with downtime), %3 skipped, %4 blocked</source>
        <translation>축출 %1개(다운타임 %2개), 건너뜀 %3개, 차단됨 %4개</translation>
    </message>
    <message>
        <location line="+6" />
        <source>; %1 would stay Pending</source>
        <translation>; Pending으로 남을 Pod %1개</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Drain preview for node %1 (nothing is changed)</source>
        <translation>%1 노드의 drain 미리 보기(아무것도 변경하지 않음)</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+31" />
        <source>POD</source>
        <translation>POD</translation>
    </message>
    <message>
        <location line="-31" />
        <source>WORKLOAD</source>
        <translation>WORKLOAD</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <location line="+0" />
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <location line="+31" />
        <source>NODE</source>
        <translation>NODE</translation>
    </message>
    <message>
        <location line="+0" />
        <source>BLOCKER</source>
        <translation>BLOCKER</translation>
    </message>
    <message>
        <location line="+0" />
        <source>OPTION</source>
        <translation>OPTION</translation>
    </message>
    <message>
        <location line="+3" />
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What stops the run:</source>
        <translation>실행을 막는 것:</translation>
    </message>
</context>
<context>
    <name>Slipway::DumpLoader</name>
    <message>
        <location filename="../models/dumploader.cpp" line="+127" />
        <source>the file is empty; write the dump with kubectl get ... -o json</source>
        <translation>파일이 비어 있습니다. kubectl get ... -o json으로 덤프를 작성하십시오</translation>
    </message>
    <message>
        <location line="+8" />
        <source>invalid JSON at byte %1 (line %2, column %3): %4</source>
        <translation>잘못된 JSON(바이트 %1, %2행 %3열): %4</translation>
    </message>
    <message>
        <location line="+7" />
        <source> (this does not look like JSON; was it written with -o yaml instead of -o json?)</source>
        <translation> (JSON이 아닌 것으로 보입니다. -o json 대신 -o yaml로 작성하지 않았는지 확인하십시오)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>expected a JSON object (a List or a single Kubernetes object), found an array</source>
        <translation>JSON 객체(List 또는 단일 Kubernetes 객체)가 필요하지만 배열입니다</translation>
    </message>
    <message>
        <location line="+13" />
        <source>not a Kubernetes object: it has no "kind"</source>
        <translation>Kubernetes 객체가 아닙니다: "kind" 필드가 없습니다</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the %1 has no "items" array</source>
        <translation>%1에 "items" 배열이 없습니다</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: expected a Kubernetes object, found %2</source>
        <translation>%1: Kubernetes 객체가 필요하지만 %2입니다</translation>
    </message>
    <message>
        <location line="+4" />
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a plain value</source>
        <translation>단순 값</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: not a Kubernetes object: it has no "kind"</source>
        <translation>%1: Kubernetes 객체가 아닙니다: "kind" 필드가 없습니다</translation>
    </message>
    <message>
        <location line="+60" />
        <source>the input holds no objects</source>
        <translation>입력에 객체 없음</translation>
    </message>
    <message>
        <location line="+1" />
        <source>objects found by kind: %1</source>
        <translation>kind별 발견된 객체: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>no Node objects found (%1); include nodes in the dump: kubectl get nodes,pods,deployments,replicasets,statefulsets,daemonsets,jobs,poddisruptionbudgets -A -o json</source>
        <translation>Node 객체가 없습니다(%1). 덤프에 노드를 포함하십시오: kubectl get nodes,pods,deployments,replicasets,statefulsets,daemonsets,jobs,poddisruptionbudgets -A -o json</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: ignored objects of kinds Slipway does not use: %2</source>
        <translation>%1: Slipway가 사용하지 않는 kind의 객체를 무시했습니다: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: objects that appeared more than once, of which the first copy was kept: %2</source>
        <translation>%1: 두 번 이상 나타난 객체(첫 번째 사본을 유지함): %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: pods bound to nodes that are not in the dump: %2</source>
        <translation>%1: 덤프에 없는 노드에 바인딩된 Pod: %2</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1: the server version is unknown: the dump has no kube-apiserver pods (a managed control plane?); add the output of kubectl version -o json as another file</source>
        <translation>%1: 서버 버전을 알 수 없습니다. 덤프에 kube-apiserver Pod가 없습니다(관리형 컨트롤 플레인인가요?). kubectl version -o json의 출력을 별도 파일로 추가하십시오</translation>
    </message>
    <message>
        <location line="+27" />
        <source>no dump file given</source>
        <translation>덤프 파일이 지정되지 않았습니다</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: cannot read the file: %2</source>
        <translation>%1: 파일을 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Slipway::ErrorBanner</name>
    <message>
        <location filename="../ui/errorbanner.cpp" line="+13" />
        <source>&amp;Retry</source>
        <translation>다시 시도(&amp;R)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Hide this message</source>
        <translation>이 메시지 숨기기</translation>
    </message>
</context>
<context>
    <name>Slipway::ExecCredential</name>
    <message>
        <location filename="../kube/execcredential.cpp" line="+48" />
        <source>its output is not an ExecCredential JSON object (%1)</source>
        <translation>출력이 ExecCredential JSON 객체가 아닙니다(%1)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>exec plugin is configured to use API version %1, plugin returned version %2</source>
        <translation>exec 플러그인에 구성된 API 버전은 %1이지만 플러그인이 반환한 버전은 %2입니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>exec plugin returned kind "%1" instead of ExecCredential</source>
        <translation>exec 플러그인이 ExecCredential이 아닌 kind를 반환했습니다: "%1"</translation>
    </message>
    <message>
        <location line="+4" />
        <source>exec plugin didn't return a status field</source>
        <translation>exec 플러그인이 status 필드를 반환하지 않았습니다</translation>
    </message>
    <message>
        <location line="+8" />
        <source>exec plugin returned only certificate or key, not both</source>
        <translation>exec 플러그인이 인증서와 키 중 하나만 반환했습니다</translation>
    </message>
    <message>
        <location line="+3" />
        <source>exec plugin didn't return a token or cert/key pair</source>
        <translation>exec 플러그인이 토큰이나 인증서/키 쌍을 반환하지 않았습니다</translation>
    </message>
    <message>
        <location line="+7" />
        <source>status.clientCertificateData holds no PEM certificate</source>
        <translation>status.clientCertificateData에 PEM 인증서가 없습니다</translation>
    </message>
    <message>
        <location line="+3" />
        <source>status.clientKeyData cannot be used: %1</source>
        <translation>status.clientKeyData를 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>status.expirationTimestamp "%1" is not an RFC 3339 time</source>
        <translation>status.expirationTimestamp 값이 RFC 3339 시각이 아닙니다: "%1"</translation>
    </message>
</context>
<context>
    <name>Slipway::ExecCredentialPlugin</name>
    <message>
        <location line="+53" />
        <source>user "%1" (%2)</source>
        <translation>사용자 "%1"(%2)</translation>
    </message>
    <message>
        <location line="+46" />
        <source>%1: the exec credential plugin "%2" was not found%3.</source>
        <translation>%1: exec 자격 증명 플러그인을%3 찾을 수 없습니다: "%2".</translation>
    </message>
    <message>
        <location line="+2" />
        <source> on PATH</source>
        <translation> PATH에서</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Install it, or fix users[].user.exec.command in the kubeconfig.</source>
        <translation>플러그인을 설치하거나 kubeconfig의 users[].user.exec.command를 수정하십시오.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: the exec credential plugin %2 is not executable; run chmod +x on it.</source>
        <translation>%1: exec 자격 증명 플러그인 %2에 실행 권한이 없습니다. chmod +x로 실행 권한을 부여하십시오.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1: the exec plugin %2 has interactiveMode Always and needs a terminal, which Slipway cannot give it. Log in once in a terminal (e.g. run kubectl get nodes) so the plugin caches its credential, or set interactiveMode to IfAvailable.</source>
        <translation>%1: exec 플러그인 %2의 interactiveMode가 Always이므로 터미널이 필요하지만 Slipway는 터미널을 제공할 수 없습니다. 플러그인이 자격 증명을 캐시하도록 터미널에서 한 번 로그인하거나(예: kubectl get nodes 실행) interactiveMode를 IfAvailable로 설정하십시오.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1: the exec credential plugin %2 could not be started: %3</source>
        <translation>%1: exec 자격 증명 플러그인을 시작할 수 없습니다(%2): %3</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1: the exec plugin %2 did not finish within %3 seconds and was stopped. It may be waiting for a login; run it once in a terminal.</source>
        <translation>%1: exec 플러그인 %2 실행이 %3초 안에 끝나지 않아 중지했습니다. 로그인을 기다리고 있을 수 있으니 터미널에서 한 번 실행해 보십시오.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: the exec plugin %2 crashed.</source>
        <translation>%1: exec 플러그인 %2 프로세스가 비정상 종료되었습니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: the exec plugin %2 failed with exit code %3.</source>
        <translation>%1: exec 플러그인 %2 프로세스가 실패했습니다(종료 코드 %3).</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+10" />
        <source>Its output: %1</source>
        <translation>출력: %1</translation>
    </message>
    <message>
        <location line="-3" />
        <source>%1: the exec plugin %2 gave no usable credential: %3.</source>
        <translation>%1: exec 플러그인 %2에서 사용할 수 있는 자격 증명을 얻지 못했습니다: %3.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: the exec plugin %2 returned a credential that expired at %3; check the computer's clock or log in again.</source>
        <translation>%1: exec 플러그인 %2에서 반환한 자격 증명이 %3에 만료되었습니다. 컴퓨터 시계를 확인하거나 다시 로그인하십시오.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>exec plugin %1</source>
        <translation>exec 플러그인 %1</translation>
    </message>
</context>
<context>
    <name>Slipway::Finding</name>
    <message>
        <location filename="../models/finding.cpp" line="+26" />
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Info</source>
        <translation>정보</translation>
    </message>
</context>
<context>
    <name>Slipway::FindingTableModel</name>
    <message>
        <location filename="../models/items/findingtablemodel.cpp" line="+59" />
        <source>%1 (after %2)</source>
        <translation>%1(%2 이후)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Fix:</source>
        <translation>조치:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Allowed:</source>
        <translation>허용 범위:</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Component</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fix</source>
        <translation>조치</translation>
    </message>
</context>
<context>
    <name>Slipway::FindingsView</name>
    <message>
        <location filename="../ui/findingsview.cpp" line="+93" />
        <source>Errors: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Warnings: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Info: %1</source>
        <translation>정보: %1</translation>
    </message>
</context>
<context>
    <name>Slipway::KubeCall</name>
    <message>
        <location filename="../kube/kubeclient.cpp" line="+253" />
        <source>the answer is %1 long, more than the %2 Slipway accepts for one answer</source>
        <translation>응답 크기가 %1로, Slipway가 응답 하나에 허용하는 %2보다 큽니다</translation>
    </message>
    <message>
        <location line="+23" />
        <source>the answer is longer than the %1 Slipway accepts for one answer</source>
        <translation>응답이 Slipway가 응답 하나에 허용하는 %1보다 깁니다</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+16" />
        <source>a watch event is longer than the %1 Slipway accepts for one event (no line end came)</source>
        <translation>watch 이벤트가 Slipway가 이벤트 하나에 허용하는 %1보다 깁니다(줄 끝이 오지 않음)</translation>
    </message>
    <message numerus="yes">
        <location line="+100" />
        <source>No complete answer came within %1 s over %n attempt(s); --request-timeout sets this limit.</source>
        <translation>
            <numerusform>%n번 시도하는 동안 %1초 안에 완전한 응답이 오지 않았습니다. 이 제한은 --request-timeout으로 설정합니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slipway::KubeClient</name>
    <message>
        <location line="-301" />
        <source>--request-timeout must be 0 (no limit), a whole number of seconds or a number with a unit (e.g. 1s, 2m, 3h), not "%1"</source>
        <translation>--request-timeout에는 0(제한 없음), 초 단위 정수 또는 단위가 붙은 숫자(예: 1s, 2m, 3h)를 지정해야 합니다(현재 값: "%1")</translation>
    </message>
    <message>
        <location line="+462" />
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location line="+27" />
        <source>(the name checked was "%1"; set tls-server-name if the certificate names another host)</source>
        <translation>(확인한 이름: "%1". 인증서에 다른 호스트 이름이 있으면 tls-server-name을 설정하십시오)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the handshake failed (%1); the server may require a client certificate that the kubeconfig does not provide</source>
        <translation>핸드셰이크에 실패했습니다(%1). 서버에서 kubeconfig에 없는 클라이언트 인증서를 요구할 수 있습니다</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the proxy %1:%2</source>
        <translation>프록시 %1:%2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the connection broke off in the middle of the answer (%1)</source>
        <translation>응답을 받는 도중 연결이 끊겼습니다(%1)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>it redirected to %1 (HTTP %2); Slipway follows no redirects, so that the credentials never go to another address. Set the kubeconfig's server to the API server itself.</source>
        <translation>%1(으)로 리디렉션했습니다(HTTP %2). Slipway는 자격 증명이 다른 주소로 전송되지 않도록 리디렉션을 따르지 않습니다. kubeconfig의 server를 API 서버 자체의 주소로 설정하십시오.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>another address</source>
        <translation>다른 주소</translation>
    </message>
</context>
<context>
    <name>Slipway::KubeClusterApi</name>
    <message>
        <location filename="../kube/kubeclusterapi.cpp" line="+76" />
        <source>KUBECONFIG names %1, which does not exist.</source>
        <translation>KUBECONFIG에 지정된 파일이 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>Slipway::KubeJson</name>
    <message>
        <location filename="../models/kubejsondecode.cpp" line="+58" />
        <location line="+99" />
        <source>"%1" is not a taint effect (NoSchedule, PreferNoSchedule, NoExecute)</source>
        <translation>올바른 taint effect가 아닙니다(NoSchedule, PreferNoSchedule, NoExecute): "%1"</translation>
    </message>
    <message>
        <location line="-79" />
        <source>"%1" is not a condition status (True, False, Unknown)</source>
        <translation>올바른 condition status가 아닙니다(True, False, Unknown): "%1"</translation>
    </message>
    <message>
        <location line="+70" />
        <source>"%1" is not a toleration operator (Equal, Exists)</source>
        <translation>올바른 toleration operator가 아닙니다(Equal, Exists): "%1"</translation>
    </message>
    <message>
        <location line="+43" />
        <source>"%1" is not a pod phase</source>
        <translation>올바른 Pod phase가 아닙니다: "%1"</translation>
    </message>
    <message>
        <location filename="../models/kubejsondecodeapps.cpp" line="+19" />
        <source>missing; expected Deployment, ReplicaSet, StatefulSet, DaemonSet or Job</source>
        <translation>값이 없습니다. Deployment, ReplicaSet, StatefulSet, DaemonSet 또는 Job이어야 합니다</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"%1" is not a workload kind</source>
        <translation>워크로드 kind가 아닙니다: "%1"</translation>
    </message>
    <message>
        <location line="+95" />
        <source>has an empty selector, which in policy/v1beta1 matches no pods; it is treated as matching every pod in the namespace like policy/v1</source>
        <translation>selector가 비어 있습니다. policy/v1beta1에서는 빈 selector가 어떤 Pod와도 일치하지 않지만, 여기서는 policy/v1처럼 네임스페이스의 모든 Pod와 일치하는 것으로 처리합니다</translation>
    </message>
    <message>
        <location filename="../models/kubejsonreader.cpp" line="+15" />
        <location line="+210" />
        <source>a boolean</source>
        <translation>불리언 값</translation>
    </message>
    <message>
        <location line="-208" />
        <source>the number %1</source>
        <translation>숫자 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the string "%1"</source>
        <translation>문자열 "%1"</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+108" />
        <location line="+12" />
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <location line="-118" />
        <location line="+84" />
        <location line="+12" />
        <location line="+31" />
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <location line="-125" />
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+4" />
        <source>nothing</source>
        <translation>값 없음</translation>
    </message>
    <message>
        <location line="+63" />
        <source>expected %1, found %2</source>
        <translation>필요한 형식: %1, 실제 값: %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>required field is missing</source>
        <translation>필수 필드가 없습니다</translation>
    </message>
    <message>
        <location line="+62" />
        <location line="+16" />
        <location line="+14" />
        <location line="+19" />
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <location line="-39" />
        <source>must not be empty</source>
        <translation>비어 있으면 안 됩니다</translation>
    </message>
    <message>
        <location line="+64" />
        <location line="+6" />
        <source>an integer</source>
        <translation>정수</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is out of range (%2 to %3)</source>
        <translation>값이 범위를 벗어났습니다: %1(허용 범위: %2~%3)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>"%1" is not an RFC 3339 time such as 2024-03-01T10:00:00Z</source>
        <translation>2024-03-01T10:00:00Z 같은 RFC 3339 시각이 아닙니다: "%1"</translation>
    </message>
    <message>
        <location line="+20" />
        <source>a quantity</source>
        <translation>quantity 값</translation>
    </message>
    <message>
        <location line="+5" />
        <source>"%1" is not a quantity (examples: 100m, 0.5, 128Mi, 1G)</source>
        <translation>올바른 quantity 값이 아닙니다(예: 100m, 0.5, 128Mi, 1G): "%1"</translation>
    </message>
    <message>
        <location line="+19" />
        <source>"%1" is neither a count nor a percentage such as 50%</source>
        <translation>개수도 아니고 50% 같은 백분율도 아닙니다: "%1"</translation>
    </message>
    <message>
        <location line="+5" />
        <source>an integer or a percentage string</source>
        <translation>정수 또는 백분율 문자열</translation>
    </message>
    <message>
        <location line="+60" />
        <source>expected kind %1, found "%2"</source>
        <translation>kind가 일치하지 않습니다(필요: %1, 실제: "%2")</translation>
    </message>
    <message>
        <location line="+13" />
        <source>unsupported apiVersion "%1" for %2</source>
        <translation>지원되지 않는 %2 apiVersion: "%1"</translation>
    </message>
    <message>
        <location line="+62" />
        <source>selector expression "%1 %2 (%3)" is not supported and was ignored; the selector may match more pods than it does in the cluster</source>
        <translation>지원되지 않는 selector 표현식이므로 무시했습니다: "%1 %2 (%3)". 이 selector는 실제 클러스터에서보다 더 많은 Pod와 일치할 수 있습니다</translation>
    </message>
</context>
<context>
    <name>Slipway::KubeList</name>
    <message>
        <location filename="../kube/kubelist.cpp" line="+72" />
        <source>the list is not JSON (%1 at offset %2)</source>
        <translation>목록이 JSON이 아닙니다(오프셋 %2: %1)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the answer has no items array (kind "%1")</source>
        <translation>응답에 items 배열이 없습니다(kind "%1")</translation>
    </message>
    <message>
        <location line="+308" />
        <source>its pages belong to different resourceVersions (%1, then %2), so they are not one consistent list</source>
        <translation>페이지들이 서로 다른 resourceVersion(%1, 그다음 %2)에 속하므로 하나의 일관된 목록이 아닙니다</translation>
    </message>
    <message>
        <location line="+22" />
        <source>it sent the same continue token twice, so following it would never end the list</source>
        <translation>같은 continue 토큰을 두 번 보냈으므로 이를 따르면 목록이 끝나지 않습니다</translation>
    </message>
    <message>
        <location line="+5" />
        <source>it sent more than %1 pages (of %2 objects each) without ending the list</source>
        <translation>목록을 끝내지 않고 페이지를 %1개 넘게(페이지당 객체 %2개) 보냈습니다</translation>
    </message>
</context>
<context>
    <name>Slipway::KubeSnapshotLoader</name>
    <message>
        <location filename="../kube/kubesnapshotloader.cpp" line="+156" />
        <source>Cluster read</source>
        <translation>클러스터 읽기 완료</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Connecting to %1</source>
        <translation>%1에 연결 중</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Read the server version</source>
        <translation>서버 버전 읽기 완료</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Listing pods (%1 so far)</source>
        <translation>Pod 목록을 가져오는 중(현재까지 %1개)</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Listed %1</source>
        <translation>%1 목록 조회 완료</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Reading %1 objects</source>
        <translation>객체 %1개를 읽는 중</translation>
    </message>
    <message>
        <location line="+48" />
        <source>/version: %1</source>
        <translation>/version: %1</translation>
    </message>
</context>
<context>
    <name>Slipway::KubeWatch</name>
    <message>
        <location filename="../kube/kubewatch.cpp" line="+197" />
        <source>the watch ended at once</source>
        <translation>watch가 시작 직후 종료되었습니다</translation>
    </message>
</context>
<context>
    <name>Slipway::Kubeconfig</name>
    <message>
        <location filename="../kube/kubeconfig.cpp" line="+31" />
        <source>%1 "%2" in %3 is ignored: %4 defines it first, and client-go uses only the first definition</source>
        <translation>%3의 %1 "%2" 항목은 무시됩니다. %4에서 먼저 정의되었으며 client-go는 첫 번째 정의만 사용합니다</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Cannot read the kubeconfig file %1: %2. Check the path and its permissions, or remove it from KUBECONFIG.</source>
        <translation>kubeconfig 파일을 읽을 수 없습니다(%1): %2. 경로와 권한을 확인하거나 KUBECONFIG에서 제거하십시오.</translation>
    </message>
    <message>
        <location line="+40" />
        <location filename="../kube/kubeconfigselect.cpp" line="+62" />
        <source>cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../kube/kubeconfigselect.cpp" line="+249" />
        <source>user</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../kube/kubeconfigselect.cpp" line="+138" />
        <source>context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <location filename="../kube/kubeconfigparser.cpp" line="+56" />
        <location line="+32" />
        <source>expected a string</source>
        <translation>문자열이어야 합니다</translation>
    </message>
    <message>
        <location line="-19" />
        <source>expected true or false</source>
        <translation>true 또는 false여야 합니다</translation>
    </message>
    <message>
        <location line="+11" />
        <source>expected a list of strings</source>
        <translation>문자열 목록이어야 합니다</translation>
    </message>
    <message>
        <location line="+26" />
        <source>is not valid base64; the field holds the base64 of a PEM file (base64 -w0 FILE)</source>
        <translation>올바른 base64가 아닙니다. 이 필드에는 PEM 파일을 base64로 인코딩한 값이 들어갑니다(base64 -w0 FILE)</translation>
    </message>
    <message>
        <location line="+24" />
        <source>expected a list</source>
        <translation>목록이어야 합니다</translation>
    </message>
    <message>
        <location line="+8" />
        <source>expected a mapping with name and %1</source>
        <translation>name과 %1 필드가 있는 매핑이어야 합니다</translation>
    </message>
    <message>
        <location line="+7" />
        <source>every entry needs a name</source>
        <translation>모든 항목에 name이 있어야 합니다</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+21" />
        <source>expected a mapping</source>
        <translation>매핑이어야 합니다</translation>
    </message>
    <message>
        <location line="+17" />
        <source>expected a list of {name, value}</source>
        <translation>{name, value} 목록이어야 합니다</translation>
    </message>
    <message>
        <location line="+7" />
        <source>expected {name, value}</source>
        <translation>{name, value} 형식이어야 합니다</translation>
    </message>
    <message>
        <location line="+55" />
        <source>%1:%2:%3: not a valid kubeconfig (YAML syntax error: %4); fix the file or remove it from KUBECONFIG</source>
        <translation>%1:%2:%3: 올바른 kubeconfig가 아닙니다(YAML 구문 오류: %4). 파일을 수정하거나 KUBECONFIG에서 제거하십시오</translation>
    </message>
    <message>
        <location line="+16" />
        <source>expected a kubeconfig mapping (apiVersion: v1, kind: Config)</source>
        <translation>kubeconfig 매핑(apiVersion: v1, kind: Config)이어야 합니다</translation>
    </message>
    <message>
        <location line="+7" />
        <source>expected "Config", found "%1"; this is not a kubeconfig file</source>
        <translation>"Config"여야 하지만 "%1"입니다. kubeconfig 파일이 아닙니다</translation>
    </message>
    <message>
        <location line="+39" />
        <source>%1:%2: not a valid kubeconfig: %3</source>
        <translation>%1:%2: 올바른 kubeconfig가 아닙니다: %3</translation>
    </message>
    <message>
        <location filename="../kube/kubeconfigselect.cpp" line="-419" />
        <source>(no kubeconfig file)</source>
        <translation>(kubeconfig 파일 없음)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 "%2" (%3)</source>
        <translation>%1 "%2"(%3)</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1 has no server; set clusters[].cluster.server to the API server's https://HOST:PORT.</source>
        <translation>%1에 server가 없습니다. clusters[].cluster.server를 API 서버의 https://HOST:PORT로 설정하십시오.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: server "%2" is not an https:// URL with a host; fix clusters[].cluster.server.</source>
        <translation>%1: server 값이 호스트를 포함한 https:// URL이 아닙니다: "%2". clusters[].cluster.server를 수정하십시오.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: certificate-authority-data and certificate-authority are both specified; certificate-authority-data will override.</source>
        <translation>%1: certificate-authority-data와 certificate-authority가 모두 지정되었습니다. certificate-authority-data가 우선 적용됩니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>certificate-authority-data of cluster "%1" in %2</source>
        <translation>%2에 있는 클러스터 "%1"의 certificate-authority-data</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: unable to read certificate-authority %2: %3. Fix the path (relative paths are relative to the directory of %4).</source>
        <translation>%1: certificate-authority 파일을 읽을 수 없습니다(%2): %3. 경로를 수정하십시오(상대 경로는 %4 파일이 있는 디렉터리를 기준으로 합니다).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1: the certificate authority in %2 holds no PEM certificate; it must contain "-----BEGIN CERTIFICATE-----" blocks.</source>
        <translation>%1: 인증 기관(%2)에 PEM 인증서가 없습니다. "-----BEGIN CERTIFICATE-----" 블록이 포함되어야 합니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: insecure-skip-tls-verify is set together with a certificate authority, which client-go does not allow; remove one of them.</source>
        <translation>%1: insecure-skip-tls-verify가 인증 기관(CA)과 함께 설정되어 있으며 client-go는 이를 허용하지 않습니다. 둘 중 하나를 제거하십시오.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1: proxy-url "%2" uses https, which Slipway cannot use (Qt connects to proxies without TLS); use an http:// or socks5:// proxy address.</source>
        <translation>%1: proxy-url "%2"에서 https를 사용하지만 Slipway는 https 프록시를 사용할 수 없습니다(Qt는 TLS 없이 프록시에 연결합니다). http:// 또는 socks5:// 프록시 주소를 사용하십시오.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: proxy-url "%2" must use http, https or socks5.</source>
        <translation>%1: proxy-url "%2"에는 http, https, socks5 중 하나를 사용해야 합니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: proxy-url "%2" has no host.</source>
        <translation>%1: proxy-url "%2"에 호스트가 없습니다.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 uses auth-provider "gcp", which is not supported: the gcp auth plugin was removed in Kubernetes 1.25. Use the exec plugin "gke-gcloud-auth-plugin" instead (gcloud components install gke-gcloud-auth-plugin, then gcloud container clusters get-credentials CLUSTER).</source>
        <translation>%1에서 지원되지 않는 auth-provider "gcp"를 사용합니다. gcp 인증 플러그인은 Kubernetes 1.25에서 제거되었습니다. 대신 exec 플러그인 "gke-gcloud-auth-plugin"을 사용하십시오(gcloud components install gke-gcloud-auth-plugin을 실행한 다음 gcloud container clusters get-credentials CLUSTER 실행).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 uses auth-provider "azure", which is not supported: the azure auth plugin was removed in Kubernetes 1.25. Use the exec plugin kubelogin instead (kubelogin convert-kubeconfig).</source>
        <translation>%1에서 지원되지 않는 auth-provider "azure"를 사용합니다. azure 인증 플러그인은 Kubernetes 1.25에서 제거되었습니다. 대신 exec 플러그인 kubelogin을 사용하십시오(kubelogin convert-kubeconfig).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 uses auth-provider "%2", which is not supported; use the exec plugin instead (gke-gcloud-auth-plugin for GKE, kubelogin for AKS and OIDC: kubectl oidc-login).</source>
        <translation>%1에서 지원되지 않는 auth-provider("%2")를 사용합니다. 대신 exec 플러그인을 사용하십시오(GKE는 gke-gcloud-auth-plugin, AKS는 kubelogin, OIDC는 kubectl oidc-login).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: authProvider cannot be provided in combination with an exec plugin for %2; remove auth-provider.</source>
        <translation>%1: %2 사용자에게는 authProvider와 exec 플러그인을 함께 지정할 수 없습니다. auth-provider를 제거하십시오.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: command must be specified for %2 to use exec authentication plugin (users[].user.exec.command).</source>
        <translation>%1: %2 사용자가 exec 인증 플러그인을 사용하려면 command를 지정해야 합니다(users[].user.exec.command).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: apiVersion must be specified for %2 to use exec authentication plugin (users[].user.exec.apiVersion: client.authentication.k8s.io/v1).</source>
        <translation>%1: %2 사용자가 exec 인증 플러그인을 사용하려면 apiVersion을 지정해야 합니다(users[].user.exec.apiVersion: client.authentication.k8s.io/v1).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: exec apiVersion "%2" is not supported; use client.authentication.k8s.io/v1 or v1beta1 (v1alpha1 was removed in Kubernetes 1.24). Updating the plugin usually fixes this.</source>
        <translation>%1: 지원되지 않는 exec apiVersion입니다: "%2". client.authentication.k8s.io/v1 또는 v1beta1을 사용하십시오(v1alpha1은 Kubernetes 1.24에서 제거되었습니다). 대개 플러그인을 업데이트하면 해결됩니다.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: env variable name must be specified for %2 to use exec authentication plugin (users[].user.exec.env[].name).</source>
        <translation>%1: %2 사용자가 exec 인증 플러그인을 사용하려면 env 변수 이름을 지정해야 합니다(users[].user.exec.env[].name).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: interactiveMode must be specified for %2 to use exec authentication plugin (users[].user.exec.interactiveMode: Never, IfAvailable or Always; required by client.authentication.k8s.io/v1).</source>
        <translation>%1: %2 사용자가 exec 인증 플러그인을 사용하려면 interactiveMode를 지정해야 합니다(users[].user.exec.interactiveMode: Never, IfAvailable 또는 Always. client.authentication.k8s.io/v1에서는 필수).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: invalid interactiveMode for %2: "%3" (use Never, IfAvailable or Always).</source>
        <translation>%1: %2 사용자의 interactiveMode가 잘못되었습니다: "%3"(Never, IfAvailable, Always 중 하나를 사용하십시오).</translation>
    </message>
    <message>
        <location line="+102" />
        <source>%1: more than one authentication method found for %2; found [%3], only one is allowed. Remove either the token or username/password from the user entry.</source>
        <translation>%1: %2 사용자에 인증 방법이 두 개 이상 있습니다([%3]). 인증 방법은 하나만 허용됩니다. 사용자 항목에서 token 또는 username/password 중 하나를 제거하십시오.</translation>
    </message>
    <message>
        <location line="-87" />
        <source>%1: client-cert-data and client-cert are both specified for %2. client-cert-data will override.</source>
        <translation>%1: %2 사용자에 client-cert-data와 client-cert가 모두 지정되었습니다. client-cert-data가 우선 적용됩니다.</translation>
    </message>
    <message>
        <location line="-194" />
        <source>it holds more than 1 MiB, far more than a certificate, key or token</source>
        <translation>1MiB가 넘습니다. 인증서, 키 또는 토큰이라고 보기에는 너무 큽니다</translation>
    </message>
    <message>
        <location line="+199" />
        <source>%1: client-key-data and client-key are both specified for %2; client-key-data will override.</source>
        <translation>%1: %2 사용자에 client-key-data와 client-key가 모두 지정되었습니다. client-key-data가 우선 적용됩니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: client-key-data or client-key must be specified for %2 to use the clientCert authentication method.</source>
        <translation>%1: %2 사용자가 clientCert 인증 방법을 사용하려면 client-key-data 또는 client-key를 지정해야 합니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: client-key is set but client-certificate(-data) is not; a client key needs its certificate.</source>
        <translation>%1: client-key는 설정되어 있지만 client-certificate(-data)는 설정되어 있지 않습니다. 클라이언트 키에는 해당 인증서가 필요합니다.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>client-certificate-data of user "%1" in %2</source>
        <translation>%2에 있는 사용자 "%1"의 client-certificate-data</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: unable to read client-cert %2 for %3: %4. Fix the path (relative paths are relative to the directory of %5).</source>
        <translation>%1: %3 사용자의 client-cert 파일을 읽을 수 없습니다(%2): %4. 경로를 수정하십시오(상대 경로는 %5 파일이 있는 디렉터리를 기준으로 합니다).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: unable to read client-key %2 for %3: %4. Fix the path (relative paths are relative to the directory of %5).</source>
        <translation>%1: %3 사용자의 client-key 파일을 읽을 수 없습니다(%2): %4. 경로를 수정하십시오(상대 경로는 %5 파일이 있는 디렉터리를 기준으로 합니다).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: the client certificate in %2 holds no PEM certificate.</source>
        <translation>%1: 클라이언트 인증서(%2)에 PEM 인증서가 없습니다.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>client-key-data</source>
        <translation>client-key-data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: cannot use the client key (%2): %3.</source>
        <translation>%1: 클라이언트 키(%2)를 사용할 수 없습니다: %3.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>%1: unable to read tokenFile %2: %3. Fix the path (relative paths are relative to the directory of %4).</source>
        <translation>%1: tokenFile을 읽을 수 없습니다(%2): %3. 경로를 수정하십시오(상대 경로는 %4 파일이 있는 디렉터리를 기준으로 합니다).</translation>
    </message>
    <message>
        <location line="+31" />
        <source>no credentials</source>
        <translation>자격 증명 없음</translation>
    </message>
    <message>
        <location line="+2" />
        <source>client certificate</source>
        <translation>클라이언트 인증서</translation>
    </message>
    <message>
        <location line="+2" />
        <source>bearer token</source>
        <translation>bearer 토큰</translation>
    </message>
    <message>
        <location line="+2" />
        <source>token file</source>
        <translation>토큰 파일</translation>
    </message>
    <message>
        <location line="+2" />
        <source>username and password</source>
        <translation>사용자 이름과 비밀번호</translation>
    </message>
    <message>
        <location line="+2" />
        <source>exec plugin</source>
        <translation>exec 플러그인</translation>
    </message>
    <message>
        <location line="+12" />
        <source>token file %1</source>
        <translation>토큰 파일 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>exec plugin %1</source>
        <translation>exec 플러그인 %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source> and </source>
        <translation> 및 </translation>
    </message>
    <message>
        <location line="+18" />
        <source>The kubeconfig (%1) defines no contexts. Get a kubeconfig from your cluster's administrator or cloud console, or run `slipway serve-demo` for a practice cluster.</source>
        <translation>kubeconfig(%1)에 정의된 컨텍스트가 없습니다. 클러스터 관리자나 클라우드 콘솔에서 kubeconfig를 받거나, 연습용 클러스터를 사용하려면 `slipway serve-demo`를 실행하십시오.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No context is selected: %1 set no current-context. Choose one with --context (available: %2) or run `kubectl config use-context NAME`.</source>
        <translation>선택된 컨텍스트가 없습니다: %1에 current-context가 설정되지 않았습니다. --context로 선택하거나(사용 가능: %2) `kubectl config use-context NAME`을 실행하십시오.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>current-context in %1</source>
        <translation>%1의 current-context</translation>
    </message>
    <message>
        <location line="+1" />
        <source>--context</source>
        <translation>--context</translation>
    </message>
    <message>
        <location line="+1" />
        <source>context "%1" (from %2) was not found in %3. Available contexts: %4.</source>
        <translation>%3에 없는 컨텍스트입니다: "%1"(%2에서 지정). 사용 가능한 컨텍스트: %4.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 names no cluster; set contexts[].context.cluster.</source>
        <translation>%1에 클러스터가 지정되지 않았습니다. contexts[].context.cluster를 설정하십시오.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 refers to cluster "%2", which no kubeconfig file defines (%3); add the cluster entry or fix contexts[].context.cluster.</source>
        <translation>%1에서 참조하는 클러스터가 어떤 kubeconfig 파일(%3)에도 정의되어 있지 않습니다: "%2". 클러스터 항목을 추가하거나 contexts[].context.cluster를 수정하십시오.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 refers to user "%2", which no kubeconfig file defines (%3); add the user entry or fix contexts[].context.user.</source>
        <translation>%1에서 참조하는 사용자가 어떤 kubeconfig 파일(%3)에도 정의되어 있지 않습니다: "%2". 사용자 항목을 추가하거나 contexts[].context.user를 수정하십시오.</translation>
    </message>
</context>
<context>
    <name>Slipway::KubeconfigPaths</name>
    <message>
        <location filename="../kube/kubeconfigpaths.cpp" line="+20" />
        <source>The kubeconfig file %1 given with --kubeconfig does not exist.</source>
        <translation>--kubeconfig로 지정한 kubeconfig 파일이 없습니다: %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>None of the files named in KUBECONFIG exists: %1</source>
        <translation>KUBECONFIG에 지정된 파일이 하나도 없습니다: %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No kubeconfig found: %1 does not exist and KUBECONFIG is not set.</source>
        <translation>kubeconfig를 찾을 수 없습니다. %1 파일이 없고 KUBECONFIG도 설정되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>Slipway::LessonBuild</name>
    <message>
        <location filename="../sim/lessons/lessonkubeadm.cpp" line="+46" />
        <location filename="../sim/lessons/lessonversions.cpp" line="+101" />
        <source>COMPONENT</source>
        <translation>COMPONENT</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CURRENT</source>
        <translation>CURRENT</translation>
    </message>
    <message>
        <location line="+0" />
        <source>TARGET</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <location line="+16" />
        <source>$ kubectl get nodes
The connection to the server was refused - did you specify the right host or port?
(kube-apiserver is restarting with its new version; the pods on the workers keep running.)</source>
        <translation>$ kubectl get nodes
The connection to the server was refused - did you specify the right host or port?
(kube-apiserver가 새 버전으로 재시작하는 중입니다. 워커 노드의 Pod는 계속 실행됩니다.)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>$ kubectl version
Server Version: %1</source>
        <translation>$ kubectl version
Server Version: %1</translation>
    </message>
    <message>
        <location filename="../sim/lessons/lessonstrategies.cpp" line="+34" />
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <location line="+7" />
        <source>succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <location line="+2" />
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location line="+2" />
        <source>stopped (stuck)</source>
        <translation>중지됨(진행 불가)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>aborted</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location line="+44" />
        <source>STRATEGY</source>
        <translation>전략</translation>
    </message>
    <message>
        <location line="+0" />
        <source>RESULT</source>
        <translation>결과</translation>
    </message>
    <message>
        <location line="+0" />
        <source>TOTAL</source>
        <translation>전체 소요</translation>
    </message>
    <message>
        <location line="+0" />
        <source>BLUE DOWN</source>
        <translation>blue 중단</translation>
    </message>
    <message>
        <location line="+0" />
        <source>GREEN DOWN</source>
        <translation>green 중단</translation>
    </message>
    <message>
        <location line="+54" />
        <source>all at once</source>
        <translation>한꺼번에</translation>
    </message>
    <message>
        <location line="+9" />
        <source>one at a time</source>
        <translation>한 번에 하나씩</translation>
    </message>
    <message>
        <location line="+8" />
        <source>surge</source>
        <translation>서지</translation>
    </message>
    <message>
        <location filename="../sim/lessons/lessonversions.cpp" line="-49" />
        <source>v1.11.3: major %1, minor %2, patch %3 (released %4)</source>
        <translation>v1.11.3: 메이저 %1, 마이너 %2, 패치 %3(%4 릴리스)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>pre-release</source>
        <translation>사전 릴리스</translation>
    </message>
    <message>
        <location line="+0" />
        <source>stable</source>
        <translation>안정</translation>
    </message>
    <message>
        <location line="+15" />
        <source>On %1 the newest minor is 1.%2: maintained are %3.</source>
        <translation>%1 기준 최신 마이너 버전은 1.%2이며, 유지보수되는 버전은 %3입니다.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>COURSE (APISERVER 1.10)</source>
        <translation>COURSE (APISERVER 1.10)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>TODAY (APISERVER 1.34)</source>
        <translation>TODAY (APISERVER 1.34)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>KUBERNETES</source>
        <translation>KUBERNETES</translation>
    </message>
</context>
<context>
    <name>Slipway::LessonClusterView</name>
    <message>
        <location filename="../ui/training/lessonclusterview.cpp" line="+37" />
        <source>&lt;b&gt;Pods&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pod&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nodes of the lesson's cluster</source>
        <translation>레슨 클러스터의 노드</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Pods of the lesson</source>
        <translation>레슨의 Pod</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&lt;b&gt;Nodes&lt;/b&gt;</source>
        <translation>&lt;b&gt;노드&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+51" />
        <source>(not scheduled)</source>
        <translation>(스케줄되지 않음)</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>&lt;b&gt;Pods&lt;/b&gt; (%n)</source>
        <translation>
            <numerusform>&lt;b&gt;Pod&lt;/b&gt;(%n개)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slipway::LessonCommand</name>
    <message numerus="yes">
        <location filename="../app/lessoncommand.cpp" line="+42" />
        <source>%n step(s), scenario %1</source>
        <translation>
            <numerusform>단계 %n개, 시나리오 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Run one with: slipway lesson run N [--speed X | --fast] [--lang ko]</source>
        <translation>실행 방법: slipway lesson run N [--speed X | --fast] [--lang ko]</translation>
    </message>
    <message>
        <location line="+50" />
        <source>cannot load the scenario of lesson %1: %2</source>
        <translation>레슨 %1의 시나리오를 불러올 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lesson %1: %2</source>
        <translation>레슨 %1: %2</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Lesson %1 finished: every check held.</source>
        <translation>레슨 %1을(를) 마쳤습니다. 모든 점검을 통과했습니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lesson %1 finished, but some checks did not hold (✗ above).</source>
        <translation>레슨 %1을(를) 마쳤지만 통과하지 못한 점검이 있습니다(위의 ✗ 표시).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The CKA upgrade chapter's lessons on the practice cluster, for a terminal-only classroom.

  slipway lesson list              the lessons
  slipway lesson run N             play lesson N: each step's narration, command and the observed cluster state</source>
        <translation>연습용 클러스터에서 진행하는 CKA 업그레이드 단원의 레슨입니다. 터미널만 있는 강의실용입니다.

  slipway lesson list              레슨 목록
  slipway lesson run N             레슨 N 진행: 각 단계의 설명, 명령, 관찰한 클러스터 상태</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Play at this multiple of real time, 1 to 600 (default 60).</source>
        <translation>실제 시간의 이 배수로 진행합니다. 1~600(기본값 60).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>factor</source>
        <translation>배수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Play as fast as possible.</source>
        <translation>가능한 한 빠르게 진행합니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Language: en or ko.</source>
        <translation>언어: en 또는 ko.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>list or run</source>
        <translation>list 또는 run</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The lesson to run (1–6).</source>
        <translation>실행할 레슨(1–6).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>expected `slipway lesson list` or `slipway lesson run N`; see slipway lesson --help</source>
        <translation>`slipway lesson list` 또는 `slipway lesson run N`이 필요합니다. slipway lesson --help를 참조하십시오</translation>
    </message>
    <message>
        <location line="+8" />
        <source>there is no lesson "%1"; the lessons are %2 (slipway lesson list)</source>
        <translation>레슨 "%1"이(가) 없습니다. 레슨은 %2입니다(slipway lesson list)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--speed must be a number from 1 to 600, not "%1" (or use --fast)</source>
        <translation>--speed에는 1부터 600까지의 숫자를 지정해야 합니다(현재 값: "%1"). 또는 --fast를 사용하십시오</translation>
    </message>
</context>
<context>
    <name>Slipway::Lessons</name>
    <message>
        <location filename="../sim/lessons/lessonactions.cpp" line="+61" />
        <source>kubectl drain %1 failed: %2</source>
        <translation>kubectl drain %1 실패: %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>kubectl drain %1 did not finish within an hour</source>
        <translation>kubectl drain %1이(가) 한 시간 안에 끝나지 않았습니다</translation>
    </message>
    <message>
        <location line="+49" />
        <source>This step needs the in-process run machinery, which this build does not have yet.</source>
        <translation>이 단계에는 프로세스 내 실행 기능이 필요하지만, 이 빌드에는 아직 없습니다.</translation>
    </message>
    <message>
        <location filename="../sim/lessons/lessonnodedown.cpp" line="+52" />
        <source>Tolerations of pod green:</source>
        <translation>green Pod의 톨러레이션(toleration):</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The cluster before anything fails</source>
        <translation>장애가 발생하기 전의 클러스터</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Three workers run six replicas of the blue Deployment, two on each node. The green pod was created on its own with kubectl run: no controller watches over it. Both run on node02, the node we are about to lose.</source>
        <translation>워커 세 대에서 blue Deployment의 레플리카 여섯 개가 노드마다 두 개씩 실행됩니다. green Pod는 kubectl run으로 단독 생성되었기 때문에 이를 관리하는 컨트롤러가 없습니다. 두 Pod 모두 곧 잃게 될 노드인 node02에서 실행되고 있습니다.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>node02 loses power</source>
        <translation>node02의 전원이 꺼집니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The kubelet on node02 stops renewing its Lease (every 10 s). The node controller checks every 5 s; once it has heard nothing for the node-monitor grace period (50 s since Kubernetes 1.32, 40 s before) it sets Ready to Unknown and kubectl shows NotReady. The pods on node02 are still listed as bound to it: nobody can ask the node what they are doing.</source>
        <translation>node02의 kubelet이 Lease 갱신(10초마다)을 멈춥니다. 노드 컨트롤러는 5초마다 확인하며, node-monitor 유예 기간(Kubernetes 1.32부터 50초, 이전에는 40초) 동안 아무 응답이 없으면 Ready를 Unknown으로 설정하고 kubectl에는 NotReady로 표시됩니다. node02의 Pod들은 여전히 이 노드에 바인딩된 것으로 표시됩니다. 노드에 Pod 상태를 물어볼 방법이 없기 때문입니다.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The unreachable taint and the 5-minute wait</source>
        <translation>unreachable 테인트와 5분 대기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The node controller taints node02 with node.kubernetes.io/unreachable:NoExecute. Every pod carries a toleration for that taint for 300 s, added by the DefaultTolerationSeconds admission plugin when it was created, so the pods stay for five minutes. The course explains the same five minutes as the controller manager's --pod-eviction-timeout (default 5m0s): that was the old, non-taint path; it had no effect once taint-based eviction became the default (1.13), was deprecated in 1.26 and removed in 1.27. Today the 300 s come from the tolerations, and a pod can choose its own tolerationSeconds.</source>
        <translation>노드 컨트롤러가 node02에 node.kubernetes.io/unreachable:NoExecute 테인트를 추가합니다. 모든 Pod에는 생성 시 DefaultTolerationSeconds 어드미션 플러그인이 추가한 300초짜리 해당 테인트 톨러레이션이 있으므로, Pod들은 5분 동안 그대로 남아 있습니다. 강의에서는 같은 5분을 컨트롤러 매니저의 --pod-eviction-timeout(기본값 5m0s)으로 설명합니다. 이는 테인트를 사용하지 않던 예전 방식으로, 테인트 기반 축출이 기본값이 된 1.13부터는 효과가 없었고, 1.26에서 지원 중단되어 1.27에서 제거되었습니다. 현재 300초는 톨러레이션에서 오며, Pod가 자체 tolerationSeconds를 지정할 수도 있습니다.</translation>
    </message>
    <message>
        <location line="+16" />
        <location filename="../sim/lessons/lessonreboot.cpp" line="+352" />
        <source>node02 has the node.kubernetes.io/unreachable:NoExecute taint.</source>
        <translation>node02에 node.kubernetes.io/unreachable:NoExecute 테인트가 있습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pod green tolerates node.kubernetes.io/unreachable for 300 s.</source>
        <translation>green Pod는 node.kubernetes.io/unreachable을 300초 동안 톨러레이트합니다.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Five minutes later: evicted</source>
        <translation>5분 후: 축출됩니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>300 s after the taint the taint-eviction controller deletes the pods of node02. The blue ReplicaSet does not count pods that are being deleted, so it creates replacements at once and the scheduler puts them on node01 and node03. The green pod is deleted too, and no controller creates it again. Its object stays Terminating until the kubelet on node02 can confirm the deletion.</source>
        <translation>테인트가 추가되고 300초가 지나면 테인트 축출 컨트롤러가 node02의 Pod들을 삭제합니다. blue ReplicaSet은 삭제 중인 Pod를 세지 않으므로 즉시 대체 Pod를 생성하고, 스케줄러가 이를 node01과 node03에 배치합니다. green Pod도 삭제되지만, 이를 다시 생성하는 컨트롤러는 없습니다. 이 Pod 객체는 node02의 kubelet이 삭제를 확인할 때까지 Terminating 상태로 남습니다.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>No running blue replica is on node02 any more.</source>
        <translation>node02에서 실행 중인 blue 레플리카가 더 이상 없습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The green pod was deleted and its grace period is over.</source>
        <translation>green Pod가 삭제되었고 유예 기간이 끝났습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No other green pod was created anywhere.</source>
        <translation>다른 곳에도 green Pod가 새로 생성되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>node02 comes back after more than 5 minutes</source>
        <translation>node02가 5분 넘게 지난 후 복구됩니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>node02 boots and its kubelet reports Ready again. It finds pods that were deleted while it was away and confirms their deletion: the old blue replicas and the green pod disappear. Nothing moves back to node02: the blue Deployment already has its six replicas elsewhere, and the green pod is gone for good — it has to be created again by hand.</source>
        <translation>node02가 부팅되고 kubelet이 다시 Ready를 보고합니다. kubelet은 노드가 없는 동안 삭제된 Pod들을 발견하고 삭제를 확인합니다. 그러면 예전 blue 레플리카와 green Pod가 사라집니다. node02로 돌아오는 것은 없습니다. blue Deployment는 이미 다른 곳에서 레플리카 여섯 개를 모두 실행 중이고, green Pod는 완전히 사라졌으므로 직접 다시 생성해야 합니다.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The green pod is gone.</source>
        <translation>green Pod가 사라졌습니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../sim/lessons/lessonreboot.cpp" line="+43" />
        <source>No blue replica moved back to node02.</source>
        <translation>node02로 돌아온 blue 레플리카가 없습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ten minutes later</source>
        <translation>10분 후</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing brings the green pod back: a pod without a controller is not recreated. Run important workloads under a Deployment, StatefulSet or DaemonSet.</source>
        <translation>green Pod는 무엇으로도 다시 돌아오지 않습니다. 컨트롤러가 없는 Pod는 다시 생성되지 않습니다. 중요한 워크로드는 Deployment, StatefulSet 또는 DaemonSet으로 실행하십시오.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The green pod has not come back.</source>
        <translation>green Pod가 돌아오지 않았습니다.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>node03 loses power, for less than 5 minutes</source>
        <translation>node03의 전원이 5분 미만 동안 꺼집니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Now node03 goes down. After the grace period it is NotReady and tainted, and its two blue replicas wait out their 300 s toleration.</source>
        <translation>이번에는 node03이 다운됩니다. 유예 기간이 지나면 NotReady가 되고 테인트가 추가되며, 이 노드의 blue 레플리카 두 개는 300초 톨러레이션이 끝나기를 기다립니다.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>node03 is back within 5 minutes</source>
        <translation>node03이 5분 안에 복구됩니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>node03 is powered on two minutes after it went down, before the 300 s toleration ran out. The kubelet reports Ready, the taint is removed, and the same two pods keep running there: nothing was evicted or recreated. That is the difference the five minutes make.</source>
        <translation>node03은 다운되고 2분 후, 300초 톨러레이션이 끝나기 전에 전원이 다시 켜집니다. kubelet이 Ready를 보고하고 테인트가 제거되며, 같은 Pod 두 개가 그대로 계속 실행됩니다. 축출되거나 다시 생성된 것은 없습니다. 이것이 5분이 만드는 차이입니다.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The same blue pods (names and uids) still run on node03: nothing was evicted.</source>
        <translation>같은 blue Pod들(이름과 uid 동일)이 여전히 node03에서 실행 중입니다. 축출된 것은 없습니다.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>node03 has no unreachable taint.</source>
        <translation>node03에 unreachable 테인트가 없습니다.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>A node goes down</source>
        <translation>노드가 다운됩니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ready turns Unknown, five minutes of toleration, blue recreated elsewhere, green gone for good; back within five minutes, nothing is evicted.</source>
        <translation>Ready가 Unknown으로 바뀌고, 5분간 톨러레이션이 적용되며, blue는 다른 곳에서 다시 생성되고 green은 완전히 사라집니다. 5분 안에 복구되면 아무것도 축출되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../sim/lessons/lessonstate.cpp" line="+71" />
        <source>No pods of %1.</source>
        <translation>%1의 Pod가 없습니다.</translation>
    </message>
    <message>
        <location line="+80" />
        <source>COMPONENT</source>
        <translation>COMPONENT</translation>
    </message>
    <message>
        <location line="+0" />
        <source>NODE</source>
        <translation>NODE</translation>
    </message>
    <message>
        <location line="+0" />
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Findings: none — every component is within the skew policy.</source>
        <translation>발견 사항: 없음 — 모든 구성 요소가 버전 차이(skew) 정책 안에 있습니다.</translation>
    </message>
    <message>
        <location filename="../sim/lessons/lessonbuilders.cpp" line="+15" />
        <source>The blue Deployment has all its desired replicas Ready.</source>
        <translation>blue Deployment의 원하는 레플리카가 모두 Ready 상태입니다.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 reports Ready=%2.</source>
        <translation>%1의 상태가 Ready=%2입니다.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Pod %1 is still bound to %2 and not being deleted.</source>
        <translation>Pod %1이(가) 여전히 %2에 바인딩되어 있으며 삭제 중이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../sim/lessons/lessoncordon.cpp" line="+37" />
        <source>Six blue replicas on three workers</source>
        <translation>워커 세 대에서 실행되는 blue 레플리카 여섯 개</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The blue Deployment runs two replicas on each worker.</source>
        <translation>blue Deployment가 워커마다 레플리카 두 개씩 실행합니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>node01 runs two blue pods.</source>
        <translation>node01에서 blue Pod 두 개가 실행 중입니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>kubectl cordon node01</source>
        <translation>kubectl cordon node01</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cordon only marks the node unschedulable (SchedulingDisabled). The pods already running there stay where they are; only new pods avoid the node.</source>
        <translation>cordon은 노드를 스케줄 불가(SchedulingDisabled)로 표시하기만 합니다. 이미 실행 중인 Pod들은 그대로 남고, 새 Pod만 이 노드를 피합니다.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>node01 is SchedulingDisabled.</source>
        <translation>node01이 SchedulingDisabled 상태입니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The same two blue pods still run on node01.</source>
        <translation>같은 blue Pod 두 개가 여전히 node01에서 실행 중입니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>New pods avoid a cordoned node</source>
        <translation>새 Pod는 cordon된 노드를 피합니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scaling blue to nine creates three new pods. The scheduler skips node01, so they all land on node02 and node03.</source>
        <translation>blue를 9개로 스케일하면 새 Pod 세 개가 생성됩니다. 스케줄러가 node01을 건너뛰므로 모두 node02와 node03에 배치됩니다.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>node01 still runs only its two blue pods.</source>
        <translation>node01에서는 여전히 기존 blue Pod 두 개만 실행 중입니다.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>kubectl drain node01</source>
        <translation>kubectl drain node01</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drain cordons the node (already done) and evicts its pods one by one. The blue ReplicaSet replaces each evicted pod on another node. DaemonSet pods stay (--ignore-daemonsets); a pod without a controller would need --force and would be lost.</source>
        <translation>drain은 노드를 cordon하고(이미 완료됨) 그 노드의 Pod를 하나씩 축출합니다. blue ReplicaSet은 축출된 Pod마다 다른 노드에 대체 Pod를 만듭니다. DaemonSet Pod는 그대로 남습니다(--ignore-daemonsets). 컨트롤러가 없는 Pod는 --force가 필요하며, 해당 Pod는 사라지게 됩니다.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No blue pod runs on node01.</source>
        <translation>node01에서 실행 중인 blue Pod가 없습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>kubectl uncordon node01</source>
        <translation>kubectl uncordon node01</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After maintenance the node takes pods again. But nothing moves back: Kubernetes does not rebalance running pods. node01 stays empty until new pods are created.</source>
        <translation>유지보수가 끝나면 노드가 다시 Pod를 받습니다. 하지만 돌아오는 Pod는 없습니다. Kubernetes는 실행 중인 Pod를 재분배하지 않기 때문입니다. node01은 새 Pod가 생성될 때까지 비어 있습니다.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Five minutes after uncordon no blue pod has moved back to node01.</source>
        <translation>uncordon하고 5분이 지나도 node01로 돌아온 blue Pod가 없습니다.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>New pods fill the empty node</source>
        <translation>새 Pod가 빈 노드를 채웁니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scaling blue to twelve creates three pods. The scheduler prefers the node with the fewest pods of the same Deployment: node01.</source>
        <translation>blue를 12개로 스케일하면 Pod 세 개가 생성됩니다. 스케줄러는 같은 Deployment의 Pod가 가장 적은 노드인 node01을 우선합니다.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The three new blue pods run on node01.</source>
        <translation>새 blue Pod 세 개가 node01에서 실행 중입니다.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Cordon, drain, uncordon</source>
        <translation>cordon, drain, uncordon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What each does to new and existing pods; after uncordon nothing moves back until new pods are created.</source>
        <translation>각 명령이 새 Pod와 기존 Pod에 어떤 영향을 주는지 알아봅니다. uncordon한 후에는 새 Pod가 생성될 때까지 아무것도 돌아오지 않습니다.</translation>
    </message>
    <message>
        <location filename="../sim/lessons/lessonkubeadm.cpp" line="+15" />
        <source>The kubelet on %1 runs %2.</source>
        <translation>%1의 kubelet 버전은 %2입니다.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Upgrade kubeadm to %1 first</source>
        <translation>먼저 kubeadm을 %1(으)로 업그레이드합니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>kubeadm does the upgrade, so the new kubeadm comes first: it knows the images and the configuration of %1. Nothing in the cluster changes yet.</source>
        <translation>업그레이드는 kubeadm이 수행하므로 새 kubeadm을 먼저 설치합니다. 새 kubeadm은 %1의 이미지와 구성을 알고 있습니다. 아직 클러스터에는 아무런 변화가 없습니다.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>kubeadm upgrade plan</source>
        <translation>kubeadm upgrade plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The plan checks the cluster, reads the versions of the control-plane static pods and shows what `apply` would install, etcd and CoreDNS included. One minor at a time: skipping a minor is not supported.</source>
        <translation>plan은 클러스터를 점검하고, 컨트롤 플레인 static Pod의 버전을 읽고, `apply`가 설치할 항목을 etcd와 CoreDNS까지 포함해 보여줍니다. 한 번에 마이너 버전 하나씩만 올릴 수 있으며, 마이너 버전을 건너뛰는 것은 지원되지 않습니다.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>kubeadm upgrade apply %1</source>
        <translation>kubeadm upgrade apply %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>kubeadm replaces the static pod manifests one after the other: etcd, kube-apiserver, controller-manager, scheduler. With a single master, kubectl and the API are unavailable while kube-apiserver restarts — but the pods on the workers keep running: the kubelets do not need the API to keep containers up.</source>
        <translation>kubeadm은 static Pod 매니페스트를 etcd, kube-apiserver, controller-manager, scheduler 순서로 하나씩 교체합니다. 마스터가 하나뿐이면 kube-apiserver가 재시작되는 동안 kubectl과 API를 사용할 수 없습니다. 하지만 워커의 Pod들은 계속 실행됩니다. kubelet은 컨테이너를 유지하는 데 API가 필요하지 않기 때문입니다.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>kube-apiserver is restarting: the API refuses requests.</source>
        <translation>kube-apiserver가 재시작 중이므로 API가 요청을 거부합니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Every blue pod on the workers is still Running.</source>
        <translation>워커의 모든 blue Pod가 여전히 Running 상태입니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The master is back; then its kubelet</source>
        <translation>마스터가 복구되고, 이어서 마스터의 kubelet을 업그레이드합니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>kube-apiserver answers again with the new version, then controller-manager and scheduler follow. Now the kubelet on the master: a new package and a restart.</source>
        <translation>kube-apiserver가 새 버전으로 다시 응답하고, 이어서 controller-manager와 scheduler가 뒤따릅니다. 이제 마스터의 kubelet 차례입니다. 새 패키지를 설치하고 재시작합니다.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>kube-apiserver reports %1.</source>
        <translation>kube-apiserver가 %1을(를) 보고합니다.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Drain %1</source>
        <translation>%1 drain</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Before its kubelet changes minor, %1 is drained: cordoned, and its blue pods evicted and recreated on the other worker.</source>
        <translation>kubelet의 마이너 버전이 바뀌기 전에 %1을(를) drain합니다. 노드가 cordon되고, blue Pod는 축출되어 다른 워커 노드에 다시 생성됩니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No blue pod runs on %1.</source>
        <translation>%1에서 실행 중인 blue Pod가 없습니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>kubeadm upgrade node and the kubelet on %1</source>
        <translation>%1의 kubeadm upgrade node와 kubelet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On the worker: a new kubeadm, `kubeadm upgrade node` (it rewrites the kubelet's configuration), then the kubelet package and a restart.</source>
        <translation>워커 노드에서는 새 kubeadm을 설치하고 `kubeadm upgrade node`를 실행한 다음(kubelet 설정을 다시 작성합니다), kubelet 패키지를 설치하고 재시작합니다.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Uncordon %1</source>
        <translation>%1 uncordon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 takes new pods again.</source>
        <translation>%1이(가) 다시 새 Pod를 받습니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is schedulable.</source>
        <translation>%1에 스케줄링할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Every node at %1</source>
        <translation>모든 노드가 %1입니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>kubectl get nodes shows every node Ready at the new version: the cluster went up two minors, one at a time, without the workers' pods ever stopping all at once.</source>
        <translation>kubectl get nodes에서 모든 노드가 새 버전으로 Ready 상태임을 확인할 수 있습니다. 클러스터는 마이너 버전을 한 번에 하나씩, 두 단계 올렸으며, 그동안 워커 노드의 Pod가 한꺼번에 모두 멈춘 적은 없습니다.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The kubeadm upgrade, 1.11 → 1.12 → 1.13</source>
        <translation>kubeadm 업그레이드, 1.11 → 1.12 → 1.13</translation>
    </message>
    <message>
        <location line="+1" />
        <source>kubeadm first, plan, apply on the single master (the API is briefly unavailable, the workers' pods keep running), the master's kubelet, then each worker: drain, kubeadm upgrade node, kubelet, uncordon.</source>
        <translation>먼저 kubeadm을 올리고, 단일 마스터에서 plan과 apply를 실행합니다(API는 잠시 사용할 수 없지만 워커 노드의 Pod는 계속 실행됩니다). 다음으로 마스터의 kubelet을 올리고, 이어서 각 워커 노드마다 drain, kubeadm upgrade node, kubelet 업그레이드, uncordon을 차례로 진행합니다.</translation>
    </message>
    <message>
        <location filename="../sim/lessons/lessonstrategies.cpp" line="-45" />
        <source>The run upgraded every node.</source>
        <translation>실행을 통해 모든 노드가 업그레이드되었습니다.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>One cluster, three ways to upgrade its workers</source>
        <translation>하나의 클러스터, 워커 노드를 업그레이드하는 세 가지 방법</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The control plane is upgraded first in every case. For the workers there are three strategies; each is played on a fresh copy of this cluster by the same runner as `slipway upgrade`, on the virtual clock. Upgrading a node's packages takes a minute, as on a real machine.</source>
        <translation>어떤 경우든 컨트롤 플레인을 먼저 업그레이드합니다. 워커 노드에는 세 가지 전략이 있으며, 각 전략은 이 클러스터의 새 복사본에서 `slipway upgrade`와 같은 실행기로 가상 시계에 맞춰 진행됩니다. 노드의 패키지를 업그레이드하는 데에는 실제 머신과 마찬가지로 1분이 걸립니다.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>All at once</source>
        <translation>한꺼번에 모두</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every worker is drained and upgraded at the same time: the fastest, but nothing can run while all workers are out — blue and green are down.</source>
        <translation>모든 워커 노드를 동시에 drain하고 업그레이드합니다. 가장 빠르지만, 모든 워커 노드가 빠져 있는 동안에는 아무것도 실행될 수 없으므로 blue와 green이 모두 중단됩니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>One at a time</source>
        <translation>한 번에 하나씩</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drain one worker, upgrade it, uncordon it, then the next: the other workers carry the load, so blue never stops; the single green replica moves, briefly, each time its node is drained. The slowest.</source>
        <translation>워커 노드 하나를 drain하고, 업그레이드하고, uncordon한 다음 다음 노드로 넘어갑니다. 나머지 워커 노드가 부하를 맡으므로 blue는 중단되지 않습니다. 레플리카가 하나뿐인 green은 자신의 노드가 drain될 때마다 잠시 옮겨 갑니다. 가장 느린 방법입니다.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add new nodes, retire old ones</source>
        <translation>새 노드 추가, 기존 노드 폐기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Three new workers at the new version join first; then the old workers are drained onto them and retired one by one. Capacity never drops, but you need machines to spare.</source>
        <translation>새 버전의 워커 노드 세 대가 먼저 클러스터에 합류합니다. 그런 다음 기존 워커 노드를 drain하여 Pod를 새 노드로 옮기고, 하나씩 폐기합니다. 용량은 전혀 줄어들지 않지만 여분의 머신이 필요합니다.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Side by side</source>
        <translation>나란히 비교</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All at once is fastest and costs downtime; one at a time is slowest and keeps blue up; surge keeps capacity and needs spare machines. A single replica (green) is down briefly whenever its node is drained, whatever the strategy: run two.</source>
        <translation>한꺼번에 모두 업그레이드하면 가장 빠르지만 다운타임이 생깁니다. 한 번에 하나씩은 가장 느리지만 blue를 계속 유지합니다. 서지(surge) 방식은 용량을 유지하지만 여분의 머신이 필요합니다. 레플리카가 하나뿐인 애플리케이션(green)은 어떤 전략을 쓰든 자신의 노드가 drain될 때마다 잠시 중단됩니다. 따라서 레플리카를 두 개 실행하세요.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>All at once has the shortest total duration.</source>
        <translation>한꺼번에 모두 방식의 전체 소요 시간이 가장 짧습니다.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>All at once took blue down.</source>
        <translation>한꺼번에 모두 방식에서는 blue가 중단되었습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>One at a time has the longest total duration.</source>
        <translation>한 번에 하나씩 방식의 전체 소요 시간이 가장 깁니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>One at a time never took blue down.</source>
        <translation>한 번에 하나씩 방식에서는 blue가 한 번도 중단되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The three worker strategies side by side</source>
        <translation>세 가지 워커 노드 전략 나란히 비교</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All at once, one at a time, and new nodes for old: timelines, measured downtime of blue and green, and total duration in one table.</source>
        <translation>한꺼번에 모두, 한 번에 하나씩, 기존 노드를 새 노드로 교체하는 방식의 타임라인, 측정된 blue와 green의 다운타임, 전체 소요 시간을 하나의 표로 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../sim/lessons/lessonversions.cpp" line="-78" />
        <source>SkewPolicy reports %1.</source>
        <translation>SkewPolicy가 %1을(를) 보고합니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SkewPolicy no longer reports %1.</source>
        <translation>SkewPolicy가 더 이상 %1을(를) 보고하지 않습니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Every component is within the skew policy.</source>
        <translation>모든 컴포넌트가 버전 차이(skew) 정책 범위 안에 있습니다.</translation>
    </message>
    <message>
        <location line="+103" />
        <source>Reading a version: v1.11.3</source>
        <translation>버전 읽기: v1.11.3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kubernetes versions are major.minor.patch. v1.11.3 is major 1, minor 11, patch 3: minors bring features, patches only fixes. Before a minor is released it goes through alpha, beta and release candidates; features themselves are alpha (off by default), beta, then stable (GA).</source>
        <translation>Kubernetes 버전은 major.minor.patch 형식입니다. v1.11.3은 메이저 1, 마이너 11, 패치 3입니다. 마이너 버전은 새 기능을 가져오고, 패치는 수정 사항만 담습니다. 마이너 버전은 출시되기 전에 alpha, beta, 릴리스 후보(RC) 단계를 거칩니다. 기능 자체도 alpha(기본적으로 꺼져 있음), beta를 거쳐 stable(GA)이 됩니다.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Only the newest three minors are maintained</source>
        <translation>최신 마이너 버전 세 개만 유지 관리됩니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The project maintains release branches for the three most recent minors. When the course was written 1.12 was the newest, so 1.10, 1.11 and 1.12 got patches; an older cluster must be upgraded to keep getting fixes. Since 1.19 each minor gets about a year of patches (14 months with maintenance mode).</source>
        <translation>프로젝트는 가장 최근 마이너 버전 세 개의 릴리스 브랜치를 유지 관리합니다. 이 강의가 작성될 당시에는 1.12가 최신이었으므로 1.10, 1.11, 1.12가 패치를 받았습니다. 더 오래된 클러스터는 계속 수정 사항을 받으려면 업그레이드해야 합니다. 1.19부터는 각 마이너 버전이 약 1년 동안 패치를 받습니다(유지 관리 모드를 포함하면 14개월).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>With 1.12 the newest minor, 1.10–1.12 are maintained.</source>
        <translation>1.12가 최신 마이너 버전이면 1.10–1.12가 유지 관리됩니다.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Who may be how far from kube-apiserver</source>
        <translation>어떤 컴포넌트가 kube-apiserver와 얼마나 차이 나도 되는가</translation>
    </message>
    <message>
        <location line="+1" />
        <source>kube-apiserver sets the pace: no component may be newer. With the course's kube-apiserver 1.10, controller-manager and scheduler may be 1.9 or 1.10, kubelet and kube-proxy 1.8 to 1.10 (two minors older), kubectl 1.9 to 1.11 (one either way). Since 1.28 kubelets and kube-proxy may be three minors older (n-3), so for 1.34 today: 1.31 to 1.34.</source>
        <translation>기준은 kube-apiserver입니다. 어떤 컴포넌트도 kube-apiserver보다 새 버전일 수 없습니다. 강의의 kube-apiserver 1.10을 기준으로 하면 controller-manager와 scheduler는 1.9 또는 1.10, kubelet과 kube-proxy는 1.8부터 1.10까지(두 마이너 버전 이전까지), kubectl은 1.9부터 1.11까지(위아래로 하나씩) 허용됩니다. 1.28부터는 kubelet과 kube-proxy가 세 마이너 버전 이전(n-3)까지 허용되므로, 오늘날 1.34 기준으로는 1.31부터 1.34까지입니다.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The course's ranges: controller-manager/scheduler v1.9–v1.10, kubelet and kube-proxy v1.8–v1.10, kubectl v1.9–v1.11.</source>
        <translation>강의의 허용 범위: controller-manager/scheduler v1.9–v1.10, kubelet과 kube-proxy v1.8–v1.10, kubectl v1.9–v1.11.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Today's ranges for 1.34: controller-manager/scheduler v1.33–v1.34, kubelet and kube-proxy v1.31–v1.34, kubectl v1.33–v1.35.</source>
        <translation>오늘날 1.34의 허용 범위: controller-manager/scheduler v1.33–v1.34, kubelet과 kube-proxy v1.31–v1.34, kubectl v1.33–v1.35.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>A kubelet three minors behind</source>
        <translation>세 마이너 버전 뒤처진 kubelet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>node03's kubelet goes to v1.7.16: three minors behind a 1.10 kube-apiserver, one more than the course allows.</source>
        <translation>node03의 kubelet이 v1.7.16이 됩니다. 1.10 kube-apiserver보다 세 마이너 버전 뒤처져 있으며, 강의에서 허용하는 범위보다 하나 더 오래되었습니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Back within two minors</source>
        <translation>다시 두 마이너 버전 이내로</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At v1.8.15 the kubelet is two minors behind: allowed, and the finding disappears.</source>
        <translation>v1.8.15에서는 kubelet이 두 마이너 버전 뒤처져 있습니다. 이는 허용되므로 경고가 사라집니다.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A controller-manager newer than the API server</source>
        <translation>API 서버보다 새 버전인 controller-manager</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Upgrading the controller-manager before kube-apiserver breaks the rule that nothing is newer than kube-apiserver: that is why kube-apiserver is always upgraded first.</source>
        <translation>kube-apiserver보다 controller-manager를 먼저 업그레이드하면 어떤 컴포넌트도 kube-apiserver보다 새 버전일 수 없다는 규칙을 어기게 됩니다. 그래서 항상 kube-apiserver를 가장 먼저 업그레이드합니다.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Controller-manager back at 1.10</source>
        <translation>controller-manager를 다시 1.10으로</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back at v1.10.13 the finding disappears.</source>
        <translation>v1.10.13으로 돌아가면 경고가 사라집니다.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>kubectl two minors ahead</source>
        <translation>두 마이너 버전 앞선 kubectl</translation>
    </message>
    <message>
        <location line="+1" />
        <source>kubectl may be one minor older or newer than kube-apiserver. A 1.12 kubectl against 1.10 prints kubectl's own skew warning.</source>
        <translation>kubectl은 kube-apiserver보다 한 마이너 버전 이전이거나 이후일 수 있습니다. 1.12 kubectl을 1.10에 사용하면 kubectl이 자체적으로 버전 차이(skew) 경고를 출력합니다.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The same cluster today, at 1.34</source>
        <translation>오늘날 1.34의 같은 클러스터</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Now the control plane runs 1.34 and node03's kubelet 1.31: three minors behind. Under the course's rule that would be an error; since 1.28 it is allowed (n-3).</source>
        <translation>이제 컨트롤 플레인은 1.34를, node03의 kubelet은 1.31을 실행합니다. 세 마이너 버전 뒤처진 상태입니다. 강의의 규칙으로는 오류이지만, 1.28부터는 허용됩니다(n-3).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Four minors behind is too old even today</source>
        <translation>네 마이너 버전 뒤처지면 오늘날에도 너무 오래된 것입니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At v1.30.14 node03's kubelet is four minors behind 1.34: outside today's policy too.</source>
        <translation>v1.30.14에서는 node03의 kubelet이 1.34보다 네 마이너 버전 뒤처집니다. 오늘날의 정책으로도 허용 범위를 벗어납니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>etcd and CoreDNS have versions of their own</source>
        <translation>etcd와 CoreDNS는 자체 버전을 가집니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>etcd and CoreDNS are separate projects with their own version numbers. kubeadm ships one etcd and one CoreDNS per Kubernetes minor and upgrades them with the control plane: etcd 3.2.18 and CoreDNS 1.1.3 for 1.11, etcd 3.2.24 and CoreDNS 1.2.2 for 1.12.</source>
        <translation>etcd와 CoreDNS는 별도의 프로젝트이며 자체 버전 번호를 가집니다. kubeadm은 Kubernetes 마이너 버전마다 하나의 etcd와 하나의 CoreDNS를 함께 제공하고, 컨트롤 플레인과 함께 업그레이드합니다. 1.11에는 etcd 3.2.18과 CoreDNS 1.1.3, 1.12에는 etcd 3.2.24와 CoreDNS 1.2.2가 사용됩니다.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>etcd 3.2.18 / CoreDNS 1.1.3 for 1.11, etcd 3.2.24 / CoreDNS 1.2.2 for 1.12, CoreDNS v1.12.1 for 1.34.</source>
        <translation>1.11은 etcd 3.2.18 / CoreDNS 1.1.3, 1.12는 etcd 3.2.24 / CoreDNS 1.2.2, 1.34는 CoreDNS v1.12.1입니다.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Versions and skew</source>
        <translation>버전과 버전 차이(skew)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>major.minor.patch, the newest three minors, the course's skew rules for 1.10 next to today's for 1.34; change a version and watch the finding.</source>
        <translation>major.minor.patch, 최신 마이너 버전 세 개, 1.10 기준 강의의 버전 차이(skew) 규칙과 오늘날 1.34 기준 규칙을 나란히 살펴봅니다. 버전을 바꾸고 경고가 어떻게 달라지는지 확인해 보세요.</translation>
    </message>
    <message>
        <location filename="../sim/lessons/lessonreboot.cpp" line="-336" />
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <location line="+114" />
        <source>MAINTENANCE</source>
        <translation>유지보수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GREEN DOWN</source>
        <translation>green 중단</translation>
    </message>
    <message>
        <location line="+1" />
        <source>BLUE UP</source>
        <translation>blue 가동</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GREEN AFTER</source>
        <translation>이후 green</translation>
    </message>
    <message>
        <location line="+2" />
        <source>for good</source>
        <translation>영구 중단</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Green down in this part: %1 (measured on the practice cluster's clock).</source>
        <translation>이 파트에서 green이 응답하지 않은 시간: %1(연습용 클러스터의 시계로 측정).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Blue kept serving throughout: at least four replicas answered.</source>
        <translation>blue는 내내 서비스를 계속했습니다. 항상 레플리카 네 개 이상이 응답했습니다.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>node02 needs maintenance: a kernel update and a reboot</source>
        <translation>node02에 유지보수가 필요합니다: 커널 업데이트와 재부팅</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The cluster of lesson 1: three workers run six replicas of the blue Deployment, two on each node, and node02 also runs the single green pod, created with kubectl run and watched by no controller. node02 needs a reboot. We do the same maintenance three times: A a plain reboot that is over in two minutes, B a plain reboot that takes seven, C cordon and drain first. Each time we measure how long green does not answer.</source>
        <translation>레슨 1의 클러스터입니다. 워커 세 대에서 blue Deployment의 레플리카 여섯 개가 노드마다 두 개씩 실행되고, node02에서는 단일 green Pod도 실행됩니다. 이 Pod는 kubectl run으로 생성되어 이를 관리하는 컨트롤러가 없습니다. node02는 재부팅이 필요합니다. 같은 유지보수를 세 번 해 봅니다. A는 2분 만에 끝나는 단순 재부팅, B는 7분이 걸리는 단순 재부팅, C는 먼저 cordon과 drain을 하는 방법입니다. 매번 green이 얼마 동안 응답하지 않는지 측정합니다.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>A: plain reboot of node02, two minutes</source>
        <translation>A: node02 단순 재부팅, 2분</translation>
    </message>
    <message>
        <location line="+1" />
        <source>We reboot node02 without telling Kubernetes. Its containers stop at once: green stops answering now, and blue answers from its four replicas on node01 and node03. The API does not know yet. Only after the node-monitor grace period (50 s) does node02 turn NotReady and its pods turn 0/1; the unreachable taint starts the 300 s toleration.</source>
        <translation>Kubernetes에 알리지 않고 node02를 재부팅합니다. 컨테이너가 즉시 멈추므로 green은 지금부터 응답하지 않고, blue는 node01과 node03에 있는 레플리카 네 개로 응답합니다. API는 아직 이 사실을 모릅니다. node-monitor 유예 기간(50초)이 지나야 node02가 NotReady가 되고 그 Pod들이 0/1이 됩니다. 이때 unreachable 테인트가 추가되면서 300초 톨러레이션이 시작됩니다.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Green does not answer.</source>
        <translation>green이 응답하지 않습니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>node02 is back after two minutes</source>
        <translation>2분 후 node02가 복구됩니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>node02 boots, its kubelet reports Ready before the 300 s toleration ran out, the taint goes away and the kubelet starts the same pods again: same names, same uids, same node. Nothing was evicted. But green was down for the whole reboot plus the time its container needs to start and pass its readiness probe.</source>
        <translation>node02가 부팅되고, 300초 톨러레이션이 끝나기 전에 kubelet이 Ready를 보고합니다. 테인트가 사라지고 kubelet이 같은 Pod들을 다시 시작합니다. 이름도, uid도, 노드도 같습니다. 축출된 것은 없습니다. 하지만 green은 재부팅 시간 전체에 더해, 컨테이너가 시작되어 readiness 프로브를 통과할 때까지 중단되었습니다.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The same green pod (same uid) runs on node02 again.</source>
        <translation>같은 green Pod(같은 uid)가 다시 node02에서 실행됩니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The same two blue pods run on node02: nothing was evicted.</source>
        <translation>같은 blue Pod 두 개가 node02에서 실행됩니다. 축출된 것은 없습니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Green was down for the reboot (120 s) and its start-up, not more than 15 s longer.</source>
        <translation>green은 재부팅(120초)과 시작에 걸린 시간 동안 중단되었으며, 재부팅 시간보다 15초 넘게 길지 않았습니다.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>B: plain reboot again, but this one takes seven minutes</source>
        <translation>B: 다시 단순 재부팅, 이번에는 7분이 걸립니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This time the firmware update makes the reboot take seven minutes. As in A, node02 turns NotReady after 50 s and gets the unreachable taint. But the pods tolerate that taint only for 300 s: when the time is up the taint-eviction controller deletes them. Blue's ReplicaSet creates two replacements on node01 and node03 at once. Green has no controller: it is deleted and nobody creates it again. Its object stays Terminating until node02's kubelet can confirm.</source>
        <translation>이번에는 펌웨어 업데이트 때문에 재부팅에 7분이 걸립니다. A와 마찬가지로 node02는 50초 후 NotReady가 되고 unreachable 테인트가 추가됩니다. 하지만 Pod는 이 테인트를 300초 동안만 톨러레이트합니다. 시간이 다 되면 테인트 축출 컨트롤러가 Pod들을 삭제합니다. blue의 ReplicaSet은 즉시 node01과 node03에 대체 Pod 두 개를 생성합니다. green에는 컨트롤러가 없으므로 삭제된 뒤 아무도 다시 생성하지 않습니다. green 객체는 node02의 kubelet이 삭제를 확인할 수 있을 때까지 Terminating 상태로 남습니다.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A: reboot 2 min</source>
        <translation>A: 재부팅 2분</translation>
    </message>
    <message>
        <location line="+1" />
        <source>same pod, %1</source>
        <translation>같은 Pod, %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The green pod is being deleted.</source>
        <translation>green Pod가 삭제되는 중입니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The eviction came after the grace period plus 300 s.</source>
        <translation>축출은 유예 기간에 300초를 더한 시간이 지난 뒤에 일어났습니다.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>node02 is back after seven minutes: green is gone</source>
        <translation>7분 후 node02가 복구됩니다: green은 사라졌습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>node02 boots and its kubelet confirms the deletions: the old blue pods and the green pod disappear. Blue has its six replicas on node01 and node03 and does not move back. Green is gone for good and stays down until someone creates it again. A reboot is only harmless while it is shorter than the toleration — and nobody can promise that.</source>
        <translation>node02가 부팅되고 kubelet이 삭제를 확인합니다. 그러면 예전 blue Pod들과 green Pod가 사라집니다. blue는 node01과 node03에서 레플리카 여섯 개를 모두 실행 중이며 node02로 돌아오지 않습니다. green은 완전히 사라졌고, 누군가 다시 생성할 때까지 중단된 상태로 남습니다. 재부팅은 톨러레이션보다 짧을 때만 무해합니다. 그리고 그것은 누구도 장담할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The green pod is gone and no other green pod was created.</source>
        <translation>green Pod가 사라졌고 다른 green Pod도 생성되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Green has been down since the reboot began, seven minutes and more.</source>
        <translation>green은 재부팅이 시작된 뒤로 7분 넘게 중단된 상태입니다.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>C: green again, this time under a Deployment</source>
        <translation>C: 다시 green, 이번에는 Deployment로</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Green has to be created again anyway. A pod without a controller cannot be drained: kubectl drain refuses it (cannot delete Pods that declare no controller (use --force to override)), and --force deletes it for good — part B's loss, on purpose. So green now runs under a Deployment with one replica. The scheduler puts it on the emptiest worker, node02.</source>
        <translation>어차피 green은 다시 생성해야 합니다. 컨트롤러가 없는 Pod는 drain할 수 없습니다. kubectl drain은 이런 Pod를 거부하고(cannot delete Pods that declare no controller (use --force to override)), --force를 쓰면 해당 Pod를 영구히 삭제합니다. 파트 B에서 본 손실을 일부러 일으키는 셈입니다. 그래서 이제 green을 레플리카 하나짜리 Deployment로 실행합니다. 스케줄러는 이 Pod를 가장 비어 있는 워커인 node02에 배치합니다.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>B: reboot 7 min</source>
        <translation>B: 재부팅 7분</translation>
    </message>
    <message>
        <location line="+1" />
        <source>evicted at %1</source>
        <translation>%1 후 축출</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Green's one replica answers on node02.</source>
        <translation>green의 레플리카 하나가 node02에서 응답합니다.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>kubectl cordon node02</source>
        <translation>kubectl cordon node02</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First no new pods for node02: it turns SchedulingDisabled. Green keeps running there for now.</source>
        <translation>먼저 node02에 새 Pod가 배치되지 않게 합니다. node02는 SchedulingDisabled 상태가 됩니다. green은 당분간 그곳에서 계속 실행됩니다.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>node02 is SchedulingDisabled.</source>
        <translation>node02가 SchedulingDisabled 상태입니다.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>kubectl drain node02</source>
        <translation>kubectl drain node02</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drain evicts green's pod through the Eviction API. The Deployment's ReplicaSet creates a replacement at once and the scheduler puts it on another worker; green does not answer from the eviction until the new pod is Ready: the time one pod needs to start. With two replicas (and a PodDisruptionBudget) it would not stop at all — like blue. Drain returns when the old pod is gone.</source>
        <translation>drain은 Eviction API를 통해 green의 Pod를 축출합니다. Deployment의 ReplicaSet이 즉시 대체 Pod를 생성하고, 스케줄러가 이를 다른 워커에 배치합니다. green은 축출 시점부터 새 Pod가 Ready가 될 때까지, 즉 Pod 하나가 시작되는 데 걸리는 시간 동안 응답하지 않습니다. 레플리카가 두 개이고 PodDisruptionBudget이 있었다면 blue처럼 전혀 중단되지 않았을 것입니다. drain은 기존 Pod가 사라지면 끝납니다.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Green answers from another worker; nothing runs on node02.</source>
        <translation>green이 다른 워커에서 응답하며, node02에서는 아무것도 실행되지 않습니다.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Green was down only while its new pod started (a few seconds, at most 15).</source>
        <translation>green은 새 Pod가 시작되는 동안(몇 초, 최대 15초)만 중단되었습니다.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The seven-minute reboot of an empty node</source>
        <translation>빈 노드의 7분 재부팅</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Now the same seven-minute reboot as in B. node02 turns NotReady and gets the unreachable taint, but only DaemonSet pods are left there and they tolerate it. Green and blue keep answering from the other workers the whole time.</source>
        <translation>이제 B와 똑같이 7분 동안 재부팅합니다. node02가 NotReady가 되고 unreachable 테인트가 추가되지만, 그곳에 남은 것은 DaemonSet Pod뿐이며 이 Pod들은 해당 테인트를 톨러레이트합니다. green과 blue는 그동안 내내 다른 워커에서 응답합니다.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Green did not stop during the reboot.</source>
        <translation>재부팅하는 동안 green이 중단되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>kubectl uncordon node02</source>
        <translation>kubectl uncordon node02</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The maintenance is over: node02 takes pods again. Nothing moves back by itself (lesson 3); new pods will fill it.</source>
        <translation>유지보수가 끝났습니다. node02가 다시 Pod를 받습니다. 저절로 돌아오는 Pod는 없으며(레슨 3), 새 Pod가 이 노드를 채우게 됩니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>node02 is Ready and schedulable.</source>
        <translation>node02가 Ready 상태이며 스케줄링할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nothing was lost: green's replica and all six blue replicas answer.</source>
        <translation>잃은 것이 없습니다. green의 레플리카와 blue 레플리카 여섯 개가 모두 응답합니다.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Reboot vs drain, side by side</source>
        <translation>재부팅과 drain, 나란히 비교</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A plain reboot costs a single replica the whole reboot, and if the reboot outlasts the 300 s toleration the pod is evicted — for a pod without a controller, for good. Cordon and drain first: the pods move while the node is still healthy, a single replica is down only while its new pod starts, and the maintenance may take as long as it needs.</source>
        <translation>단순 재부팅을 하면 레플리카가 하나뿐인 워크로드는 재부팅 시간 내내 중단되고, 재부팅이 300초 톨러레이션보다 오래 걸리면 Pod가 축출됩니다. 컨트롤러가 없는 Pod라면 영구히 사라집니다. 먼저 cordon과 drain을 하면 노드가 아직 정상일 때 Pod가 옮겨 가므로, 단일 레플리카는 새 Pod가 시작되는 동안만 중단되고 유지보수에는 필요한 만큼 시간을 들일 수 있습니다.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>C: drain first</source>
        <translation>C: drain 먼저</translation>
    </message>
    <message>
        <location line="+1" />
        <source>new pod, %1</source>
        <translation>새 Pod, %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Green was down for the shortest time in C, the longest in B.</source>
        <translation>green의 중단 시간은 C에서 가장 짧았고 B에서 가장 길었습니다.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The table compares A, B and C.</source>
        <translation>표에서 A, B, C를 비교합니다.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Reboot vs drain</source>
        <translation>재부팅과 drain 비교</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The same maintenance three ways: a short plain reboot (green down for the reboot), a long one (green evicted after five minutes, gone for good), and cordon, drain, reboot, uncordon (green down only while its new pod starts).</source>
        <translation>같은 유지보수를 세 가지 방법으로 해 봅니다: 짧은 단순 재부팅(재부팅 동안 green 중단), 긴 단순 재부팅(5분 후 green 축출, 영구 손실), 그리고 cordon, drain, 재부팅, uncordon(새 Pod가 시작되는 동안만 green 중단).</translation>
    </message>
</context>
<context>
    <name>Slipway::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+94" />
        <location line="+506" />
        <source>Slipway</source>
        <translation>Slipway</translation>
    </message>
    <message>
        <location line="-461" />
        <source>Filter nodes (name, role, status, version…)</source>
        <translation>노드 필터(이름, 역할, 상태, 버전…)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Nodes</source>
        <translation>노드</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Control-plane and add-on versions</source>
        <translation>컨트롤 플레인 및 애드온 버전</translation>
    </message>
    <message>
        <location line="-64" />
        <source>&amp;Nodes and versions</source>
        <translation>노드 및 버전(&amp;N)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Upgrade &amp;plan</source>
        <translation>업그레이드 계획(&amp;P)</translation>
    </message>
    <message>
        <location line="+77" />
        <source>⚠ TLS verification is off (insecure-skip-tls-verify)</source>
        <translation>⚠ TLS 검증이 꺼져 있습니다(insecure-skip-tls-verify)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The kubeconfig turns off server certificate checks: anyone between you and the API server could read or change this session. Set certificate-authority instead.</source>
        <translation>kubeconfig에서 서버 인증서 검사를 끄고 있습니다. 사용자와 API 서버 사이에 있는 누구든 이 세션을 읽거나 변경할 수 있습니다. 대신 certificate-authority를 설정하십시오.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Practice cluster</source>
        <translation>연습용 클러스터(&amp;P)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Open practice &amp;scenario file…</source>
        <translation>연습 시나리오 파일 열기(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open &amp;kubeconfig…</source>
        <translation>kubeconfig 열기(&amp;K)…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Slipway</source>
        <translation>Slipway 정보(&amp;A)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Context:</source>
        <translation>컨텍스트:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The kubeconfig context to use (File ▸ Open kubeconfig…)</source>
        <translation>사용할 kubeconfig 컨텍스트(파일 ▸ kubeconfig 열기…)</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Slipway could not open %1:
%2</source>
        <translation>Slipway가 다음을 열지 못했습니다: %1
%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Open kubeconfig</source>
        <translation>kubeconfig 열기</translation>
    </message>
    <message>
        <location line="+0" />
        <source>kubeconfig files (*)</source>
        <translation>kubeconfig 파일 (*)</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Open practice scenario</source>
        <translation>연습 시나리오 열기</translation>
    </message>
    <message>
        <location line="-337" />
        <location line="+436" />
        <source>F&amp;indings</source>
        <translation>점검 결과(&amp;I)</translation>
    </message>
    <message>
        <location line="-277" />
        <source>R&amp;ecent kubeconfigs</source>
        <translation>최근 kubeconfig(&amp;E)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Use kube&amp;ctl with the practice cluster…</source>
        <translation>연습용 클러스터에서 kubectl 사용(&amp;C)…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>E&amp;xport report…</source>
        <translation>보고서 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The plan of this cluster as a PDF report</source>
        <translation>이 클러스터의 계획을 PDF 보고서로</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export r&amp;un report…</source>
        <translation>실행 보고서 내보내기(&amp;U)…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A run's journal as a PDF report</source>
        <translation>실행 저널을 PDF 보고서로</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Training</source>
        <translation>교육(&amp;T)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Lessons…</source>
        <translation>레슨(&amp;L)…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The CKA upgrade lessons on their own practice cluster, with presenter controls</source>
        <translation>전용 연습용 클러스터에서 진행하는 CKA 업그레이드 레슨(발표자 제어 포함)</translation>
    </message>
    <message>
        <location line="+138" />
        <source>Slipway scenarios (*.yaml *.yml);;All files (*)</source>
        <translation>Slipway 시나리오 (*.yaml *.yml);;모든 파일 (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+95" />
        <source>%n error(s)</source>
        <translation>
            <numerusform>오류 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>경고 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>F&amp;indings (%1)</source>
        <translation>점검 결과(&amp;I) (%1)</translation>
    </message>
    <message>
        <location line="+26" />
        <location line="+5" />
        <source>Not connected</source>
        <translation>연결되지 않음</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>● Connected to the practice cluster</source>
        <translation>● 연습용 클러스터에 연결됨</translation>
    </message>
    <message>
        <location line="+1" />
        <source>● Connected</source>
        <translation>● 연결됨</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reconnecting…</source>
        <translation>다시 연결 중…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Connection failed</source>
        <translation>연결 실패</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No cluster loaded</source>
        <translation>불러온 클러스터 없음</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cluster: %1</source>
        <translation>클러스터: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>API server: %1</source>
        <translation>API 서버: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n node(s)</source>
        <translation>
            <numerusform>노드 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 — Slipway</source>
        <translation>%1 — Slipway</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Use kubectl with the practice cluster</source>
        <translation>연습용 클러스터에서 kubectl 사용</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The practice cluster serves the Kubernetes API on this computer. In a terminal, run:</source>
        <translation>연습용 클러스터는 이 컴퓨터에서 Kubernetes API를 제공합니다. 터미널에서 다음을 실행하십시오:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The first line is on the clipboard. Changes show here as they happen.</source>
        <translation>첫 번째 줄은 클립보드에 복사되어 있습니다. 변경 사항은 이 창에 바로 표시됩니다.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>About Slipway</source>
        <translation>Slipway 정보</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;Slipway %1&lt;/h3&gt;&lt;p&gt;Plan, rehearse and run Kubernetes cluster upgrades node by node.&lt;/p&gt;&lt;p&gt;The practice cluster lets you try every step without touching a real cluster.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Slipway %1&lt;/h3&gt;&lt;p&gt;Kubernetes 클러스터 업그레이드를 노드 단위로 계획하고, 연습하고, 실행합니다.&lt;/p&gt;&lt;p&gt;연습용 클러스터에서는 실제 클러스터를 건드리지 않고 모든 단계를 시험해 볼 수 있습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Presenter zoom</source>
        <translation>발표자 확대(&amp;P)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Bigger text across the window, for projectors</source>
        <translation>프로젝터용으로 창 전체의 글자를 크게 합니다</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Rehearsal panel</source>
        <translation>리허설 패널(&amp;R)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Slipway will use %1 from its next start.</source>
        <translation>Slipway를 다음에 시작할 때부터 %1을(를) 사용합니다.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Upgrade…</source>
        <translation>업그레이드(&amp;U)…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Maintenance…</source>
        <translation>유지보수(&amp;M)…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Re&amp;hearse the plan…</source>
        <translation>계획 리허설(&amp;H)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing to rehearse yet: open a cluster and wait for its plan.</source>
        <translation>아직 리허설할 것이 없습니다. 클러스터를 열고 계획이 나올 때까지 기다리십시오.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Rehearsal &amp;timing…</source>
        <translation>리허설 시간 설정(&amp;T)…</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Open a cluster first: the wizard works on the open cluster.</source>
        <translation>먼저 클러스터를 여십시오: 마법사는 열려 있는 클러스터에서 작업합니다.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Rehearsal</source>
        <translation>리허설</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the snapshot of %1</source>
        <translation>%1의 스냅샷</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Resume the interrupted run?</source>
        <translation>중단된 실행을 재개하시겠습니까?</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The wizard opens at the run page; nothing changes before you go on.</source>
        <translation>마법사가 실행 페이지에서 열립니다. 계속 진행하기 전에는 아무것도 변경되지 않습니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Resume in the wizard</source>
        <translation>마법사에서 재개(&amp;R)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Not now</source>
        <translation>나중에(&amp;N)</translation>
    </message>
</context>
<context>
    <name>Slipway::NodeActions</name>
    <message>
        <location filename="../ui/nodeactions.cpp" line="+26" />
        <source>No&amp;de</source>
        <translation>노드(&amp;D)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Node operations</source>
        <translation>노드 작업</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Cordon…</source>
        <translation>Cordon(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Mark the node unschedulable, with a reason (kubectl cordon)</source>
        <translation>노드를 스케줄 불가로 표시하고 이유를 기록합니다(kubectl cordon)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Drain…</source>
        <translation>Drain(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cordon the node and evict its pods, after a preview (kubectl drain)</source>
        <translation>미리 보기를 확인한 후 노드를 cordon하고 Pod를 축출합니다(kubectl drain)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Uncordon</source>
        <translation>Uncordon(&amp;U)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Mark the node schedulable again (kubectl uncordon)</source>
        <translation>노드를 다시 스케줄 가능으로 표시합니다(kubectl uncordon)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Maintain…</source>
        <translation>유지보수(&amp;M)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Drain, reboot or run a command, verify, uncordon: the maintenance run for this node in the run wizard</source>
        <translation>drain, 재부팅 또는 명령 실행, 확인, uncordon: 실행 마법사에서 이 노드의 유지보수를 실행합니다</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Show node &amp;operations</source>
        <translation>노드 작업 표시(&amp;O)</translation>
    </message>
    <message>
        <location line="+75" />
        <source>Cordon %1</source>
        <translation>%1 노드 cordon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No new pods will be scheduled on %1; its pods keep running.
Why? (recorded on the node with your name and the time)</source>
        <translation>%1에는 새 Pod가 스케줄되지 않으며, 기존 Pod는 계속 실행됩니다.
이유는 무엇입니까? (사용자 이름, 시각과 함께 노드에 기록됩니다)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>maintenance</source>
        <translation>유지보수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cordon</source>
        <translation>Cordon</translation>
    </message>
</context>
<context>
    <name>Slipway::NodeCommands</name>
    <message>
        <location filename="../app/nodecommands.cpp" line="+52" />
        <source>Selector (label query) to filter on nodes.</source>
        <translation>노드를 필터링할 셀렉터(레이블 쿼리).</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+195" />
        <source>selector</source>
        <translation>셀렉터</translation>
    </message>
    <message>
        <location line="-194" />
        <source>none, client or server.</source>
        <translation>none, client 또는 server.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>strategy</source>
        <translation>전략</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User interface language.</source>
        <translation>사용자 인터페이스 언어.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Log debug messages to stderr.</source>
        <translation>디버그 메시지를 stderr에 기록합니다.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The sub-command.</source>
        <translation>하위 명령.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The node(s).</source>
        <translation>대상 노드.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>See 'slipway %1 --help' for usage.</source>
        <translation>사용법은 'slipway %1 --help'를 참조하십시오.</translation>
    </message>
    <message>
        <location line="+120" />
        <source>Mark nodes as unschedulable, as `kubectl cordon` does, and record why, who and when in the node's slipway.io/cordon-* annotations.</source>
        <translation>`kubectl cordon`처럼 노드를 스케줄 불가로 표시하고, 이유·사용자·시각을 노드의 slipway.io/cordon-* 어노테이션에 기록합니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mark nodes as schedulable, as `kubectl uncordon` does. A node cordoned outside Slipway is left cordoned unless --force is given.</source>
        <translation>`kubectl uncordon`처럼 노드를 스케줄 가능으로 표시합니다. Slipway 밖에서 cordon된 노드는 --force를 지정하지 않으면 cordon 상태로 둡니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+63" />
        <source>Why the node is cordoned (recorded).</source>
        <translation>노드를 cordon하는 이유(기록됨).</translation>
    </message>
    <message>
        <location line="-62" />
        <location line="+63" />
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location line="-61" />
        <source>Uncordon a node that was cordoned outside Slipway too (recorded).</source>
        <translation>Slipway 밖에서 cordon된 노드도 uncordon합니다(기록됨).</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Continue even if there are pods that do not declare a controller.</source>
        <translation>컨트롤러를 선언하지 않은 Pod가 있어도 계속합니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ignore DaemonSet-managed pods.</source>
        <translation>DaemonSet이 관리하는 Pod를 무시합니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Continue even if there are pods using emptyDir (local data that will be deleted when the node is drained).</source>
        <translation>emptyDir을 사용하는 Pod(노드를 drain하면 삭제되는 로컬 데이터)가 있어도 계속합니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Period of time in seconds given to each pod to terminate gracefully. If negative, the default value specified in the pod will be used.</source>
        <translation>각 Pod가 정상적으로 종료되도록 주어지는 시간(초). 음수이면 Pod에 지정된 기본값을 사용합니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+14" />
        <source>seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <location line="-12" />
        <source>The length of time to wait before giving up, zero means infinite.</source>
        <translation>포기하기 전까지 기다리는 시간. 0은 무제한을 뜻합니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>duration</source>
        <translation>기간</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Label selector to filter pods on the node.</source>
        <translation>노드의 Pod를 필터링할 레이블 셀렉터.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Force drain to use delete, even if eviction is supported. This will bypass checking PodDisruptionBudgets, use with caution.</source>
        <translation>축출이 지원되더라도 drain에서 강제로 delete를 사용합니다. PodDisruptionBudget 확인을 우회하므로 주의해서 사용하십시오.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>If pod DeletionTimestamp older than N seconds, skip waiting for the pod. Seconds must be greater than 0 to skip.</source>
        <translation>Pod의 DeletionTimestamp가 N초보다 오래되었으면 그 Pod를 기다리지 않습니다. 건너뛰려면 초 값이 0보다 커야 합니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>When this PodDisruptionBudget (NAMESPACE/NAME) blocks an eviction, delete the pod instead (recorded as an override; repeatable).</source>
        <translation>이 PodDisruptionBudget(NAMESPACE/NAME)이 축출을 막으면 대신 Pod를 삭제합니다(재정의로 기록됨, 여러 번 지정 가능).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>namespace/name</source>
        <translation>네임스페이스/이름</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Print what draining would do with these flags — per pod evict, skip, blocked or downtime, the PodDisruptionBudgets with their numbers, and where the evicted pods would fit — and change nothing (docs/drain-preview.md).</source>
        <translation>이 플래그로 drain하면 어떻게 되는지 출력하고 아무것도 변경하지 않습니다. Pod별 축출, 건너뜀, 차단됨 또는 다운타임, PodDisruptionBudget과 그 수치, 축출된 Pod가 배치될 곳을 보여 줍니다(docs/drain-preview.md).</translation>
    </message>
    <message>
        <location line="+56" />
        <source>--override-pdb takes NAMESPACE/NAME of a PodDisruptionBudget, not "%1"</source>
        <translation>--override-pdb에는 PodDisruptionBudget의 NAMESPACE/NAME을 지정해야 합니다(현재 값: "%1")</translation>
    </message>
    <message>
        <location line="+74" />
        <source>Drain nodes in preparation for maintenance, exactly as `kubectl drain` does: cordon, then evict (or delete) every pod but mirror pods and, with --ignore-daemonsets, DaemonSet pods, respecting PodDisruptionBudgets, and wait until they are gone.</source>
        <translation>`kubectl drain`과 똑같이 유지보수를 위해 노드를 drain합니다: cordon한 다음, 미러 Pod와 --ignore-daemonsets 지정 시 DaemonSet Pod를 제외한 모든 Pod를 PodDisruptionBudget을 지키며 축출(또는 삭제)하고, Pod가 모두 사라질 때까지 기다립니다.</translation>
    </message>
</context>
<context>
    <name>Slipway::NodeCordoner</name>
    <message>
        <location filename="../models/drain/nodecordoner.cpp" line="+115" />
        <source>%1 left cordoned: it was cordoned outside Slipway (use --force to uncordon it)</source>
        <translation>%1 노드는 cordon 상태로 둡니다: Slipway 밖에서 cordon되었습니다(uncordon하려면 --force 사용)</translation>
    </message>
    <message>
        <location line="+31" />
        <source>uncordon a node cordoned outside Slipway</source>
        <translation>Slipway 밖에서 cordon된 노드 uncordon</translation>
    </message>
    <message>
        <location line="+75" />
        <source>The answer to the %1 was lost (%2); reading the node shows it %3.</source>
        <translation>%1 요청에 대한 응답을 받지 못했지만(%2), 노드를 읽어 보니 %3 상태입니다.</translation>
    </message>
</context>
<context>
    <name>Slipway::NodeOperationsPanel</name>
    <message>
        <location filename="../ui/nodeoperationspanel.cpp" line="+56" />
        <source>Cordon, drain or uncordon a node from the node table (right-click or the Node menu); its progress shows here.</source>
        <translation>노드 표(마우스 오른쪽 버튼 또는 노드 메뉴)에서 노드를 cordon, drain 또는 uncordon하십시오. 진행 상황이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location line="+80" />
        <source>stopped: the cluster was closed</source>
        <translation>중지됨: 클러스터가 닫혔습니다</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Pod not yet gone</source>
        <translation>아직 남아 있는 Pod</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Wait longer…</source>
        <translation>더 기다리기…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete this pod…</source>
        <translation>이 Pod 삭제…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>DELETE the pod chosen above instead of evicting it (bypasses its budget)</source>
        <translation>위에서 선택한 Pod를 축출하지 않고 DELETE합니다(예산을 우회함)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Disable eviction…</source>
        <translation>축출 비활성화…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Go on with DELETE for every pod of this node (--disable-eviction)</source>
        <translation>이 노드의 모든 Pod를 DELETE로 계속 처리합니다(--disable-eviction)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stop retrying and waiting; the node stays cordoned</source>
        <translation>재시도와 대기를 멈춥니다. 노드는 cordon 상태로 남습니다</translation>
    </message>
    <message>
        <location line="+41" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+44" />
        <source>cordoning</source>
        <translation>cordon 중</translation>
    </message>
    <message>
        <location line="+22" />
        <source>uncordoning</source>
        <translation>uncordon 중</translation>
    </message>
    <message>
        <location line="+20" />
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location line="+6" />
        <source>left cordoned: someone else cordoned it</source>
        <translation>cordon 상태로 둠: 다른 사용자가 cordon했습니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Uncordon %1?</source>
        <translation>%1 노드를 uncordon하시겠습니까?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 was cordoned by someone else, not by Slipway. Uncordon it anyway? This is recorded.</source>
        <translation>%1 노드는 Slipway가 아닌 다른 사용자가 cordon했습니다. 그래도 uncordon하시겠습니까? 이 작업은 기록됩니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Uncordon anyway</source>
        <translation>그래도 uncordon</translation>
    </message>
    <message>
        <location line="+3" />
        <source>cordoned</source>
        <translation>cordon됨</translation>
    </message>
    <message>
        <location line="+1" />
        <source>already cordoned</source>
        <translation>이미 cordon됨</translation>
    </message>
    <message>
        <location line="+1" />
        <source>uncordoned</source>
        <translation>uncordon됨</translation>
    </message>
    <message>
        <location line="+1" />
        <source>already uncordoned</source>
        <translation>이미 uncordon됨</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Move the drain's deadline (--timeout) %1 s later</source>
        <translation>drain 제한 시간(--timeout)을 %1초 늦춥니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This drain has no timeout: it waits as long as it takes</source>
        <translation>이 drain에는 제한 시간이 없습니다: 끝날 때까지 기다립니다</translation>
    </message>
    <message>
        <location line="+6" />
        <source>draining</source>
        <translation>drain 중</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Will not finish without you: %1</source>
        <translation>사용자가 조치하지 않으면 끝나지 않습니다: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Slow, but moving: %1</source>
        <translation>느리지만 진행 중입니다: %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>eviction disabled for %1 by %2: deleting the remaining pods</source>
        <translation>%2이(가) %1의 축출을 비활성화함: 남은 Pod를 삭제하는 중</translation>
    </message>
    <message>
        <location line="+13" />
        <source>drained</source>
        <translation>drain 완료</translation>
    </message>
    <message>
        <location line="+2" />
        <source>stopped; the node stays cordoned</source>
        <translation>중지됨. 노드는 cordon 상태로 남습니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>timed out; the node stays cordoned</source>
        <translation>시간 초과. 노드는 cordon 상태로 남습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>failed; the node stays cordoned</source>
        <translation>실패. 노드는 cordon 상태로 남습니다</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Wait longer for %1?</source>
        <translation>%1을(를) 더 기다리시겠습니까?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move this drain's deadline %1 s later? This is recorded.</source>
        <translation>이 drain의 제한 시간을 %1초 늦추시겠습니까? 이 작업은 기록됩니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wait longer</source>
        <translation>더 기다리기</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Delete %1?</source>
        <translation>%1을(를) 삭제하시겠습니까?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete %1 now instead of evicting it? A DELETE bypasses its PodDisruptionBudget, so its workload may drop below what the budget protects. This is recorded.</source>
        <translation>%1을(를) 축출하지 않고 지금 삭제하시겠습니까? DELETE는 PodDisruptionBudget을 우회하므로 워크로드가 예산이 보호하는 수준 아래로 떨어질 수 있습니다. 이 작업은 기록됩니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delete the pod</source>
        <translation>Pod 삭제</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Disable eviction for %1?</source>
        <translation>%1의 축출을 비활성화하시겠습니까?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete every remaining pod of %1 instead of evicting it (--disable-eviction)? This bypasses all PodDisruptionBudgets. This is recorded.</source>
        <translation>%1에 남은 모든 Pod를 축출하지 않고 삭제하시겠습니까(--disable-eviction)? 모든 PodDisruptionBudget을 우회합니다. 이 작업은 기록됩니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Disable eviction</source>
        <translation>축출 비활성화</translation>
    </message>
</context>
<context>
    <name>Slipway::NodeOrderList</name>
    <message>
        <location filename="../ui/wizard/nodeorderlist.cpp" line="+16" />
        <source>Node order</source>
        <translation>노드 순서</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alt+Up and Alt+Down move the selected node; the control plane goes first.</source>
        <translation>Alt+Up과 Alt+Down으로 선택한 노드를 옮깁니다. 컨트롤 플레인이 먼저 진행됩니다.</translation>
    </message>
    <message>
        <location line="+85" />
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source> (control plane, goes first)</source>
        <translation> (컨트롤 플레인, 먼저 진행)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, position %2 of %3, control plane, fixed</source>
        <translation>%1, %3개 중 %2번째, 컨트롤 플레인, 고정</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, position %2 of %3</source>
        <translation>%1, %3개 중 %2번째</translation>
    </message>
</context>
<context>
    <name>Slipway::NodeRun</name>
    <message>
        <location filename="../models/run/noderun.cpp" line="+138" />
        <location line="+38" />
        <source>%1 runs %2 already.</source>
        <translation>%1 노드는 이미 %2 버전을 실행 중입니다.</translation>
    </message>
    <message>
        <location line="-17" />
        <source>The kubelet on %1 reports %2: going to %3 would skip a minor version (kubeadm upgrades one minor at a time).</source>
        <translation>%1의 kubelet이 %2을(를) 보고합니다. %3(으)로 올리면 마이너 버전을 건너뛰게 됩니다(kubeadm은 한 번에 마이너 버전 하나씩 업그레이드합니다).</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Start on node %1?</source>
        <translation>%1 노드에서 시작하시겠습니까?</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../models/run/noderunsteps.cpp" line="+221" />
        <source>Cordon node %1?</source>
        <translation>%1 노드를 cordon하시겠습니까?</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Drain node %1?</source>
        <translation>%1 노드를 drain하시겠습니까?</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../models/run/noderunsteps.cpp" line="+208" />
        <source>Run the %1 step on node %2?</source>
        <translation>%2 노드에서 %1 단계를 실행하시겠습니까?</translation>
    </message>
    <message>
        <location line="+53" />
        <source>The manual step on %1 failed, as the user said.</source>
        <translation>사용자 응답에 따라 %1 노드의 수동 단계가 실패했습니다.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Skipped at the user's word.</source>
        <translation>사용자 요청에 따라 건너뛰었습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Left cordoned at the user's word.</source>
        <translation>사용자 요청에 따라 cordon 상태로 두었습니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 verified and was left cordoned at the user's word.</source>
        <translation>%1 노드가 확인되었으며 사용자 요청에 따라 cordon 상태로 두었습니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The user declined the next step on %1.</source>
        <translation>사용자가 %1 노드의 다음 단계를 거절했습니다.</translation>
    </message>
    <message>
        <location filename="../models/run/noderunsteps.cpp" line="-259" />
        <source>interrupted</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <location line="+118" />
        <source>%1: kubelet to %2 before the control plane, one minor at a time (step %3 of %4)</source>
        <translation>%1: 컨트롤 플레인보다 먼저 kubelet을 %2(으)로, 한 번에 마이너 버전 하나씩 (%4단계 중 %3단계)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: kubelet to %2, one minor at a time (step %3 of %4)</source>
        <translation>%1: kubelet을 %2(으)로, 한 번에 마이너 버전 하나씩 (%4단계 중 %3단계)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Carry out these commands on %1; Slipway goes on when the node verifies.</source>
        <translation>%1 노드에서 다음 명령을 실행하십시오. 노드가 확인되면 Slipway가 계속 진행합니다.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>The command on %1 exited with code %2 before the run was interrupted.</source>
        <translation>실행이 중단되기 전에 %1의 명령이 종료 코드 %2(으)로 끝났습니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The command on %1 had finished (exit code 0) before the run was interrupted; it is not run again.</source>
        <translation>실행이 중단되기 전에 %1의 명령이 이미 완료되었습니다(종료 코드 0). 다시 실행하지 않습니다.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The command on %1 was interrupted, but the node verifies: it is not run again.</source>
        <translation>%1의 명령이 중단되었지만 노드 확인을 통과했습니다. 다시 실행하지 않습니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The command on %1 was interrupted and the node does not verify (%2): running it again.</source>
        <translation>%1의 명령이 중단되었고 노드 확인을 통과하지 못했습니다(%2). 다시 실행합니다.</translation>
    </message>
    <message>
        <location line="+72" />
        <source>%1 verified. Uncordon it?</source>
        <translation>%1 노드가 확인되었습니다. uncordon하시겠습니까?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Uncordon node %1?</source>
        <translation>%1 노드를 uncordon하시겠습니까?</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 was retired: the machine is off and its Node deleted.</source>
        <translation>%1을(를) 폐기했습니다: 머신이 꺼졌고 Node 객체가 삭제되었습니다.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1 runs %2 and is back in service; the rest of its walk after the control plane's upgrade to %3.</source>
        <translation>%1은(는) %2을(를) 실행하며 다시 서비스 중입니다. 나머지 단계는 컨트롤 플레인을 %3(으)로 업그레이드한 뒤에 진행합니다.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>paused</source>
        <translation>일시 정지됨</translation>
    </message>
    <message>
        <location line="+30" />
        <source>aborted by the user</source>
        <translation>사용자가 중단함</translation>
    </message>
</context>
<context>
    <name>Slipway::NodeRunStateMachine</name>
    <message>
        <location filename="../models/run/noderunstatemachine.cpp" line="+70" />
        <source>Node %1 cannot go from "%2" to "%3".</source>
        <translation>%1 노드는 "%2"에서 "%3"(으)로 바뀔 수 없습니다.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Node %1 is "%2", not "failed": only a failed node can be taken up again.</source>
        <translation>%1 노드는 "failed"가 아니라 "%2" 상태입니다: 실패한 노드만 다시 진행할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Slipway::NodeTableModel</name>
    <message>
        <location filename="../models/items/nodetablemodel.cpp" line="+200" />
        <source>Cordoned by %1 at %2</source>
        <translation>%1이(가) %2에 cordon함</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cordoned by %1 at %2: %3</source>
        <translation>%1이(가) %2에 cordon함: %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cordoned (not by Slipway: no reason recorded)</source>
        <translation>cordon됨(Slipway가 하지 않음: 기록된 이유 없음)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>From the kube-proxy pod's image on this node (the node's kubeProxyVersion field is empty since Kubernetes 1.33).</source>
        <translation>이 노드에 있는 kube-proxy Pod의 이미지에서 가져온 버전입니다(Kubernetes 1.33부터 노드의 kubeProxyVersion 필드는 비어 있습니다).</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Roles</source>
        <translation>역할</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kubelet</source>
        <translation>Kubelet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>kube-proxy</source>
        <translation>kube-proxy</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Container runtime</source>
        <translation>컨테이너 런타임</translation>
    </message>
    <message>
        <location line="+2" />
        <source>OS image</source>
        <translation>OS 이미지</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pods</source>
        <translation>Pod 수</translation>
    </message>
</context>
<context>
    <name>Slipway::NodeUpgradeAgent</name>
    <message>
        <location filename="../sim/engine/nodeupgradeagent.cpp" line="+61" />
        <source>invalid version "%1": expected vMAJOR.MINOR.PATCH, e.g. v1.35.0</source>
        <translation>잘못된 버전 "%1": vMAJOR.MINOR.PATCH 형식이어야 합니다(예: v1.35.0)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>node "%1" is powered off: its kubelet cannot be upgraded; power it on first</source>
        <translation>"%1" 노드의 전원이 꺼져 있어 kubelet을 업그레이드할 수 없습니다. 먼저 전원을 켜십시오</translation>
    </message>
    <message>
        <location line="+3" />
        <source>node "%1" is already being upgraded</source>
        <translation>"%1" 노드는 이미 업그레이드 중입니다</translation>
    </message>
    <message>
        <location line="+5" />
        <source>`kubeadm upgrade apply` needs the static Pod manifests of a control-plane node; node "%1" has none (run `kubeadm upgrade node` there)</source>
        <translation>`kubeadm upgrade apply`에는 컨트롤 플레인 노드의 static Pod 매니페스트가 필요하지만 "%1" 노드에는 없습니다(해당 노드에서는 `kubeadm upgrade node`를 실행하십시오)</translation>
    </message>
</context>
<context>
    <name>Slipway::NodeVerifier</name>
    <message>
        <location filename="../models/run/nodeverifier.cpp" line="+34" />
        <source>%1 is not Ready (%2).</source>
        <translation>%1 노드가 Ready가 아닙니다(%2).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The kubelet on %1 reports %2, not %3.</source>
        <translation>%1 노드의 kubelet이 %2 버전을 보고합니다(예상: %3).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 has not rebooted yet (status.nodeInfo.bootID is unchanged).</source>
        <translation>%1 노드가 아직 재부팅되지 않았습니다(status.nodeInfo.bootID가 그대로입니다).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>No %1 static pod runs on %2.</source>
        <translation>%2 노드에서 실행 중인 %1 static Pod가 없습니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 on %2 runs %3, not %4 (Ready: %5).</source>
        <translation>%2 노드의 %1 버전이 %3입니다(예상: %4, Ready: %5).</translation>
    </message>
    <message>
        <location line="+43" />
        <source>%1 did not verify within %2 s: %3</source>
        <translation>%1 노드가 %2초 안에 확인되지 않았습니다: %3</translation>
    </message>
    <message>
        <location line="+54" />
        <source>/version reports %1, not yet %2.</source>
        <translation>/version이 %1 버전을 보고합니다. 아직 %2 버전이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>Slipway::NodesCommand</name>
    <message>
        <location filename="../app/nodescommand.cpp" line="+13" />
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cluster: %1</source>
        <translation>클러스터: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>API server: %1</source>
        <translation>API 서버: %1</translation>
    </message>
</context>
<context>
    <name>Slipway::PlanCommand</name>
    <message>
        <location filename="../app/plancommand.cpp" line="+180" />
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <location line="-111" />
        <source>Shows the cluster's versions and version-skew findings, the upgrade path one minor at a time, and every step with its commands, like `kubeadm upgrade plan` but for the whole cluster.

Cluster sources: --demo [SCENARIO] (a bundled practice cluster), --scenario-file FILE, or --from-dump FILE (what `kubectl get nodes,pods,deployments,replicasets,statefulsets,daemonsets,jobs,poddisruptionbudgets -A -o json` writes; may be repeated).</source>
        <translation>클러스터의 버전과 버전 차이(skew) 점검 결과, 한 번에 마이너 버전 하나씩 진행하는 업그레이드 경로, 각 단계와 실행할 명령을 보여 줍니다. `kubeadm upgrade plan`과 비슷하지만 클러스터 전체를 대상으로 합니다.

클러스터 소스: --demo [SCENARIO](기본 제공 연습용 클러스터), --scenario-file FILE, 또는 --from-dump FILE(`kubectl get nodes,pods,deployments,replicasets,statefulsets,daemonsets,jobs,poddisruptionbudgets -A -o json`의 출력, 여러 번 지정 가능).</translation>
    </message>
    <message>
        <location line="-32" />
        <source>Plan for a bundled practice cluster (default: default).</source>
        <translation>기본 제공 연습용 클러스터의 업그레이드를 계획합니다(기본값: default).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plan for a practice scenario file.</source>
        <translation>연습 시나리오 파일에 정의된 클러스터의 업그레이드를 계획합니다.</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+2" />
        <location line="+20" />
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="-20" />
        <source>Plan for a `kubectl get … -o json` dump (repeatable).</source>
        <translation>`kubectl get … -o json` 덤프로 업그레이드를 계획합니다(여러 번 지정 가능).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Target version, e.g. v1.35.8 or 1.35 (default: the newest patch of the next minor).</source>
        <translation>대상 버전. 예: v1.35.8 또는 1.35(기본값: 다음 마이너 버전의 최신 패치).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>version</source>
        <translation>버전</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Output format: text or json.</source>
        <translation>출력 형식: text 또는 json.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>format</source>
        <translation>형식</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Evaluate support windows as of this date (YYYY-MM-DD), for reproducible plans.</source>
        <translation>이 날짜(YYYY-MM-DD)를 기준으로 지원 기간을 평가합니다. 재현 가능한 계획을 만들 때 사용합니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Package commands for: debian (apt) or rhel (yum/dnf).</source>
        <translation>패키지 명령 대상: debian(apt) 또는 rhel(yum/dnf).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>family</source>
        <translation>계열</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Do not move to the newest patch of the current minor before the first minor upgrade.</source>
        <translation>첫 번째 마이너 업그레이드 전에 현재 마이너 버전의 최신 패치로 먼저 업그레이드하지 않습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Read a live cluster with this kubeconfig (default: KUBECONFIG, then ~/.kube/config).</source>
        <translation>이 kubeconfig로 라이브 클러스터를 읽습니다(기본값: KUBECONFIG, 그다음 ~/.kube/config).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The kubeconfig context (default: current-context).</source>
        <translation>kubeconfig 컨텍스트(기본값: current-context).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+2" />
        <source>duration</source>
        <translation>기간</translation>
    </message>
    <message>
        <location line="+14" />
        <source>With --demo: the practice scenario (default, cka-lecture).</source>
        <translation>--demo와 함께 사용: 연습 시나리오(default, cka-lecture).</translation>
    </message>
    <message>
        <location line="+22" />
        <source>--output must be text or json, not "%1"</source>
        <translation>--output은 text 또는 json이어야 합니다(현재 값: "%1")</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--today must be a date like 2026-11-26, not "%1"</source>
        <translation>--today는 2026-11-26 같은 날짜여야 합니다(현재 값: "%1")</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--packages must be debian or rhel, not "%1"</source>
        <translation>--packages는 debian 또는 rhel이어야 합니다(현재 값: "%1")</translation>
    </message>
    <message>
        <location line="+7" />
        <source>give only one cluster source: --kubeconfig/--context, --demo, --scenario-file or --from-dump</source>
        <translation>클러스터 소스는 하나만 지정하십시오: --kubeconfig/--context, --demo, --scenario-file 또는 --from-dump</translation>
    </message>
    <message>
        <location line="+6" />
        <source>unexpected argument "%1"</source>
        <translation>예상하지 못한 인수 "%1"</translation>
    </message>
    <message>
        <location line="+56" />
        <source>(no cluster source was given, so the kubeconfig was used like kubectl does; for a practice cluster use --demo [SCENARIO], for an offline dump --from-dump FILE)</source>
        <translation>(클러스터 소스를 지정하지 않아 kubectl처럼 kubeconfig를 사용했습니다. 연습용 클러스터는 --demo [SCENARIO]를, 오프라인 덤프는 --from-dump FILE을 사용하십시오)</translation>
    </message>
</context>
<context>
    <name>Slipway::PlanText</name>
    <message>
        <location filename="../models/plantext.cpp" line="+64" />
        <source>fix: %1</source>
        <translation>조치: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Hop %1 of %2: %3 -&gt; %4</source>
        <translation>구간 %1/%2: %3 -&gt; %4</translation>
    </message>
    <message>
        <location line="+9" />
        <source>[before the control plane] </source>
        <translation>[컨트롤 플레인보다 먼저] </translation>
    </message>
    <message>
        <location line="+17" />
        <source>Cluster version: %1</source>
        <translation>클러스터 버전: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Target version: %1</source>
        <translation>대상 버전: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Latest version in the %1 series: %2</source>
        <translation>%1 계열의 최신 버전: %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Upgrade path: %1</source>
        <translation>업그레이드 경로: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Release data as of %1, today is %2</source>
        <translation>릴리스 데이터 기준일: %1, 오늘 날짜: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Awesome, you're up-to-date! Enjoy!</source>
        <translation>좋습니다. 최신 버전을 사용 중입니다!</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Components that must be upgraded manually after you have upgraded the control plane with 'kubeadm upgrade apply':</source>
        <translation>'kubeadm upgrade apply'로 컨트롤 플레인을 업그레이드한 후 수동으로 업그레이드해야 하는 구성 요소:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>You can now apply the upgrade by executing the following command:</source>
        <translation>다음 명령을 실행하여 업그레이드를 적용할 수 있습니다:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Note: Before you can perform this upgrade, you have to update kubeadm to %1.</source>
        <translation>참고: 이 업그레이드를 수행하려면 먼저 kubeadm을 %1 버전으로 업데이트해야 합니다.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Findings:</source>
        <translation>점검 결과:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Findings for hop %1 (%2):</source>
        <translation>구간 %1(%2) 점검 결과:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Steps:</source>
        <translation>단계:</translation>
    </message>
</context>
<context>
    <name>Slipway::PlanView</name>
    <message>
        <location filename="../ui/planview.cpp" line="+56" />
        <source>Newest patch of the current minor first</source>
        <translation>현재 마이너 버전의 최신 패치 먼저 적용</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Copy commands</source>
        <translation>명령 복사</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The skew policy recommends moving to the newest patch of the current minor before a minor upgrade.</source>
        <translation>버전 차이(skew) 정책은 마이너 업그레이드 전에 현재 마이너 버전의 최신 패치로 올릴 것을 권장합니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Debian/Ubuntu (apt)</source>
        <translation>Debian/Ubuntu (apt)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>RHEL family (yum/dnf)</source>
        <translation>RHEL 계열 (yum/dnf)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Play the plan's run, every hop, on a practice copy of the cluster and see what it would meet. Nothing is changed on the cluster.</source>
        <translation>계획의 실행을 모든 구간에 걸쳐 클러스터의 연습용 사본에서 실행해 보고 어떤 상황을 만나게 될지 확인합니다. 클러스터는 변경되지 않습니다.</translation>
    </message>
    <message>
        <location line="+227" />
        <location line="+2" />
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <location line="-222" />
        <source>Target:</source>
        <translation>대상:</translation>
    </message>
    <message>
        <location line="-30" />
        <source>Rehe&amp;arse…</source>
        <translation>리허설(&amp;A)…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Steps</source>
        <translation>단계 수</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Packages:</source>
        <translation>패키지:</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Next minor version (recommended)</source>
        <translation>다음 마이너 버전(권장)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>end of life since %1</source>
        <translation>%1부터 지원 종료</translation>
    </message>
    <message>
        <location line="+2" />
        <source>maintenance mode, end of life %1</source>
        <translation>유지 관리 모드, %1 지원 종료</translation>
    </message>
    <message>
        <location line="+2" />
        <source>supported until %1</source>
        <translation>%1까지 지원</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Planning…</source>
        <translation>계획 중…</translation>
    </message>
    <message>
        <location line="+23" />
        <source>&lt;b&gt;No plan:&lt;/b&gt; see the findings for why.</source>
        <translation>&lt;b&gt;계획 없음:&lt;/b&gt; 이유는 점검 결과를 확인하십시오.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;b&gt;Up to date:&lt;/b&gt; the cluster already runs %1.</source>
        <translation>&lt;b&gt;최신 상태:&lt;/b&gt; 클러스터가 이미 %1 버전을 실행 중입니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>&lt;b&gt;Path:&lt;/b&gt; %1 &amp;nbsp;·&amp;nbsp; %n hop(s), one minor version at a time</source>
        <translation>
            <numerusform>&lt;b&gt;경로:&lt;/b&gt; %1 &amp;nbsp;·&amp;nbsp; 구간 %n개, 한 번에 마이너 버전 하나씩</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>release data as of %1</source>
        <translation>릴리스 데이터 기준일: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Hop %1: %2 → %3</source>
        <translation>구간 %1: %2 → %3</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 — control plane</source>
        <translation>%1 — 컨트롤 플레인</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 — kubelet</source>
        <translation>%1 — kubelet</translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>%n step(s)</source>
        <translation>
            <numerusform>단계 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19" />
        <source>What &lt;code&gt;kubeadm upgrade plan&lt;/code&gt; shows for this hop:</source>
        <translation>이 구간에서 &lt;code&gt;kubeadm upgrade plan&lt;/code&gt;이 보여 주는 내용:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Components upgraded manually after &lt;code&gt;kubeadm upgrade apply&lt;/code&gt;:</source>
        <translation>&lt;code&gt;kubeadm upgrade apply&lt;/code&gt; 후 수동으로 업그레이드하는 구성 요소:</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>Component</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <location line="-2" />
        <location line="+2" />
        <source>Current</source>
        <translation>현재</translation>
    </message>
    <message>
        <location line="-2" />
        <location line="+2" />
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Control plane and add-ons:</source>
        <translation>컨트롤 플레인 및 애드온:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Node:</source>
        <translation>노드:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This step must be done before the control plane is upgraded.</source>
        <translation>이 단계는 컨트롤 플레인을 업그레이드하기 전에 수행해야 합니다.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>No upgrade steps.</source>
        <translation>업그레이드 단계가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Slipway::PracticeCluster</name>
    <message>
        <location filename="../sim/apiserver/practicecluster.cpp" line="+39" />
        <source>The practice cluster's API server could not start: %1</source>
        <translation>연습용 클러스터의 API 서버를 시작할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>Slipway::PracticeExecutor</name>
    <message>
        <location filename="../models/run/executors.cpp" line="+66" />
        <source>%1: asking the practice node agent to %2</source>
        <translation>%1: 연습용 노드 에이전트에 %2 요청 중</translation>
    </message>
    <message>
        <location line="+35" />
        <source>The practice node agent failed on %1: %2</source>
        <translation>%1 노드에서 연습용 노드 에이전트가 실패했습니다: %2</translation>
    </message>
</context>
<context>
    <name>Slipway::PracticeNodeAgent</name>
    <message>
        <location filename="../sim/engine/practicenodeagent.cpp" line="+182" />
        <source>%1 must be a number from 0 to %2, not "%3".</source>
        <translation>%1에는 0부터 %2까지의 숫자를 지정해야 합니다(현재 값: "%3").</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 must be a Kubernetes version such as v1.35.0, not "%2".</source>
        <translation>%1에는 v1.35.0과 같은 Kubernetes 버전을 지정해야 합니다(현재 값: "%2").</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The control plane runs %1; a new node's kubelet at %2 would be newer than the API server. Upgrade the control plane first.</source>
        <translation>컨트롤 플레인은 %1을(를) 실행 중입니다. 새 노드의 kubelet이 %2이면 API 서버보다 새 버전이 됩니다. 컨트롤 플레인을 먼저 업그레이드하십시오.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>None of the workers to copy (%1) exists.</source>
        <translation>복사할 워커 노드(%1)가 하나도 없습니다.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1 is a control-plane node; the practice cluster retires workers only.</source>
        <translation>%1은(는) 컨트롤 플레인 노드입니다. 연습용 클러스터는 워커 노드만 폐기합니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is schedulable; cordon and drain it before retiring it.</source>
        <translation>%1은(는) 스케줄 가능한 상태입니다. 폐기하기 전에 cordon하고 drain하십시오.</translation>
    </message>
</context>
<context>
    <name>Slipway::PreflightPage</name>
    <message>
        <location filename="../ui/wizard/preflightpage.cpp" line="+31" />
        <source>evict</source>
        <translation>축출</translation>
    </message>
    <message>
        <location line="+2" />
        <source>evict — downtime</source>
        <translation>축출 — 다운타임</translation>
    </message>
    <message>
        <location line="+2" />
        <source>skip</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location line="+2" />
        <source>blocked</source>
        <translation>차단됨</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--&amp;force: pods without a controller are deleted</source>
        <translation>--force: 컨트롤러가 없는 Pod를 삭제합니다(&amp;F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>--delete-&amp;emptydir-data: local emptyDir data is lost</source>
        <translation>--delete-emptydir-data: 로컬 emptyDir 데이터가 사라집니다(&amp;E)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>--disable-e&amp;viction: DELETE instead of evict (bypasses PDBs)</source>
        <translation>--disable-eviction: 축출 대신 DELETE합니다(PDB 우회)(&amp;V)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Rehe&amp;arse…</source>
        <translation>리허설(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pre-flight</source>
        <translation>사전 점검</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What draining each node would do, node after node, before anything changes.</source>
        <translation>변경하기 전에, 각 노드를 차례로 drain하면 어떻게 되는지 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Drain preview per node</source>
        <translation>노드별 drain 미리 보기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Node / pod</source>
        <translation>노드 / Pod</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Owner</source>
        <translation>소유자</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Goes to</source>
        <translation>옮겨 갈 곳</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pre-flight blockers</source>
        <translation>사전 점검 차단 요인</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Downtime forecast per workload</source>
        <translation>워크로드별 다운타임 예측</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Blockers</source>
        <translation>차단 요인</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Downtime forecast</source>
        <translation>다운타임 예측</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Play this run, with these drain options, on a practice copy of the cluster and see what it would meet. Nothing is changed on the cluster.</source>
        <translation>이 실행을 지금의 drain 옵션 그대로 클러스터의 연습용 사본에서 실행해 보고 어떤 상황을 만나게 될지 확인합니다. 클러스터는 변경되지 않습니다.</translation>
    </message>
    <message>
        <location line="+24" />
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drain timeout per node</source>
        <translation>노드별 drain 제한 시간</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Budgets to override</source>
        <translation>재정의할 예산</translation>
    </message>
    <message>
        <location line="+1" />
        <source>When a ticked budget blocks an eviction, its pod is deleted instead. Every such deletion is recorded as an override.</source>
        <translation>체크한 예산이 축출을 막으면 그 Pod를 대신 삭제합니다. 이렇게 삭제할 때마다 재정의로 기록됩니다.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Drain options (kubectl drain)</source>
        <translation>drain 옵션(kubectl drain)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Timeout per node:</source>
        <translation>노드별 제한 시간(&amp;T):</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Override &amp;budgets (delete their pods instead):</source>
        <translation>예산 재정의(&amp;B)(해당 Pod를 대신 삭제):</translation>
    </message>
    <message numerus="yes">
        <location line="+66" />
        <source>Previewing the drain of %n node(s)…</source>
        <translation>
            <numerusform>노드 %n개의 drain을 미리 계산하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35" />
        <source>%1 (%2 on %3): %4</source>
        <translation>%1(%3 노드의 %2): %4</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No workload loses its last ready replica.</source>
        <translation>마지막 Ready 레플리카를 잃는 워크로드가 없습니다.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1: %2 (no option covers it)</source>
        <translation>%1: %2(허용하는 옵션 없음)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2 — covered by %3</source>
        <translation>%1: %2 — %3(으)로 허용됨</translation>
    </message>
    <message>
        <location line="+3" />
        <source>None: every node can be drained with these options.</source>
        <translation>없음: 이 옵션으로 모든 노드를 drain할 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Capacity: all %n evicted pod(s) fit on the other nodes.</source>
        <translation>
            <numerusform>용량: 축출된 Pod %n개가 모두 다른 노드에 들어갑니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Capacity: %n pod(s) would stay Pending (no node has room).</source>
        <translation>
            <numerusform>용량: Pod %n개가 Pending으로 남습니다(자리가 있는 노드 없음).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ready: nothing blocks the run.</source>
        <translation>준비됨: 실행을 막는 것이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n blocker(s): tick the option that covers each, or go back.</source>
        <translation>
            <numerusform>차단 요인 %n개: 각 차단 요인을 허용하는 옵션을 체크하거나 이전 단계로 돌아가십시오.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 evict · %2 downtime · %3 skip · %4 blocked</source>
        <translation>축출 %1 · 다운타임 %2 · 건너뜀 %3 · 차단됨 %4</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n stay Pending</source>
        <translation>
            <numerusform>Pending으로 남음 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Pending: %1</source>
        <translation>Pending: %1</translation>
    </message>
</context>
<context>
    <name>Slipway::Rehearsal</name>
    <message>
        <location filename="../sim/rehearsal/rehearsal.cpp" line="+124" />
        <source>The run waited more than %1 min here: %2</source>
        <translation>실행이 여기서 %1분 넘게 기다렸습니다: %2</translation>
    </message>
    <message>
        <location line="+44" />
        <source>The rehearsal was cancelled after %1 of virtual time.</source>
        <translation>가상 시간 %1 경과 후 리허설이 취소되었습니다.</translation>
    </message>
    <message>
        <location line="+139" />
        <source>rolling 1</source>
        <translation>rolling 1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rolling %1</source>
        <translation>rolling %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>all at once</source>
        <translation>한꺼번에</translation>
    </message>
    <message>
        <location line="+1" />
        <source>surge %1</source>
        <translation>surge %1</translation>
    </message>
</context>
<context>
    <name>Slipway::RehearsalPanel</name>
    <message>
        <location filename="../ui/rehearsalpanel.cpp" line="+35" />
        <source>the start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Rehearsal — practice copy, nothing was changed on the cluster</source>
        <translation>리허설 — 연습용 사본이며, 클러스터는 변경되지 않았습니다</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Cancel rehearsal</source>
        <translation>리허설 취소(&amp;C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cop&amp;y report</source>
        <translation>보고서 복사(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Co&amp;mpare strategies</source>
        <translation>전략 비교(&amp;M)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rehearse a&amp;gain</source>
        <translation>다시 리허설(&amp;G)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Timing…</source>
        <translation>시간 설정(&amp;T)…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Rehearsal</source>
        <translation>리허설</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Rehearsal progress</source>
        <translation>리허설 진행률</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%v of %m nodes</source>
        <translation>노드 %m개 중 %v개</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Stop the rehearsal; the practice copy is thrown away</source>
        <translation>리허설을 중지합니다. 연습용 사본은 폐기됩니다</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Copy the report as `slipway rehearse` prints it</source>
        <translation>`slipway rehearse`가 출력하는 형식으로 보고서를 복사합니다</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Rehearse the same run as rolling 1, rolling N, all at once and surge on the same copy, and compare them in one table</source>
        <translation>같은 실행을 같은 사본에서 롤링 1, 롤링 N, 한꺼번에, 서지로 리허설하고 하나의 표로 비교합니다</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Play the same run again on a fresh copy, with the timing settings as they are now</source>
        <translation>지금의 시간 설정으로 같은 실행을 새 사본에서 다시 재생합니다</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The timing model the rehearsal plays: image pull, pod start-up, node upgrade, API server restart, when a wait counts as stuck, and a calibration from a real run's journal</source>
        <translation>리허설이 재생하는 시간 모델: 이미지 풀, Pod 시작, 노드 업그레이드, API 서버 재시작, 대기가 멈춘 것으로 간주되는 시점, 실제 실행 저널에서 얻은 보정값</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Rehearsal timeline</source>
        <translation>리허설 타임라인</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Predicted duration per node and phase</source>
        <translation>노드별, 단계별 예상 소요 시간</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Node / phase</source>
        <translation>노드 / 단계</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State / result</source>
        <translation>상태 / 결과</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location line="+0" />
        <source>End</source>
        <translation>종료</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+11" />
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Waited on budgets</source>
        <translation>예산 대기</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Blockers and what clears them</source>
        <translation>차단 요인과 해결 방법</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Object</source>
        <translation>객체</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Fix</source>
        <translation>해결 방법</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Met in the play</source>
        <translation>리허설 중 발생</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pods left Pending and why</source>
        <translation>Pending으로 남은 Pod와 그 이유</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Owner</source>
        <translation>소유자</translation>
    </message>
    <message>
        <location line="+0" />
        <source>From</source>
        <translation>시작 시점</translation>
    </message>
    <message>
        <location line="+0" />
        <source>For</source>
        <translation>기간</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Workloads below desired replicas</source>
        <translation>원하는 레플리카 수에 못 미친 워크로드</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Workload</source>
        <translation>워크로드</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Desired</source>
        <translation>원하는 수</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Lowest ready</source>
        <translation>최저 Ready 수</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Below desired for</source>
        <translation>미달 기간</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No ready replica for</source>
        <translation>Ready 레플리카가 없던 기간</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strategies compared on the same copy</source>
        <translation>같은 사본에서 비교한 전략</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strategy</source>
        <translation>전략</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Peak unavailable</source>
        <translation>사용 불가 최대치</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Below desired</source>
        <translation>원하는 수 미달</translation>
    </message>
    <message>
        <location line="+0" />
        <source>With downtime</source>
        <translation>다운타임 있음</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pending pods</source>
        <translation>Pending Pod</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Blockers</source>
        <translation>차단 요인</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Time&amp;line</source>
        <translation>타임라인(&amp;L)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Blockers</source>
        <translation>차단 요인(&amp;B)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N&amp;odes and phases</source>
        <translation>노드 및 단계(&amp;O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>P&amp;ending pods</source>
        <translation>Pending Pod(&amp;E)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Workloads below desired</source>
        <translation>원하는 수 미달 워크로드(&amp;W)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Strategies</source>
        <translation>전략(&amp;S)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Nothing rehearsed yet: press Rehearse… on the plan page or in the wizard's pre-flight.</source>
        <translation>아직 리허설한 내용이 없습니다. 계획 페이지나 마법사의 사전 점검에서 리허설…을 누르십시오.</translation>
    </message>
    <message numerus="yes">
        <location line="+28" />
        <source>rolling, %n node(s) at a time</source>
        <translation>
            <numerusform>롤링, 한 번에 노드 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>all workers at once</source>
        <translation>모든 워커를 한꺼번에</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>surge, %n new node(s) first</source>
        <translation>
            <numerusform>서지, 먼저 새 노드 %n개 추가</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Upgrade to %1, %2</source>
        <translation>%1(으)로 업그레이드, %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Maintenance (reboot), %1</source>
        <translation>유지보수(재부팅), %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Maintenance, %1</source>
        <translation>유지보수, %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%1; %n node(s); drain options: %2.</source>
        <translation>
            <numerusform>%1; 노드 %n개; drain 옵션: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Timing settings changed: Rehearse again plays the run with them.</source>
        <translation>시간 설정이 바뀌었습니다. 다시 리허설하면 새 설정으로 실행을 재생합니다.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Rehearsing on a copy of %1: %2</source>
        <translation>%1의 사본에서 리허설하는 중: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Making the practice copy…</source>
        <translation>연습용 사본을 만드는 중…</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Playing %1 on the virtual clock: %2 of run time so far, %3 of %4 nodes finished.</source>
        <translation>%1을(를) 가상 시계로 진행하는 중: 지금까지 실행 시간 %2, 노드 %4개 중 %3개 완료.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Play %1 of %2. %3</source>
        <translation>리허설 %2개 중 %1번째. %3</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Rehearsal cancelled. Nothing was changed on the cluster.</source>
        <translation>리허설이 취소되었습니다. 클러스터는 변경되지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>Rehearsed %1 in %2 of wall time on a copy of %n node(s).</source>
        <translation>
            <numerusform>노드 %n개의 사본에서 %1을(를) 리허설했습니다(실제 소요 시간 %2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>&lt;b&gt;Not rehearsable:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;리허설할 수 없음:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the run succeeds</source>
        <translation>실행 성공</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the run gets through, but meets blockers</source>
        <translation>실행은 끝까지 가지만 차단 요인을 만납니다</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the run fails</source>
        <translation>실행 실패</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the run gets stuck (the rehearsal stopped it)</source>
        <translation>실행이 멈춤(리허설에서 중단함)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the run ends %1</source>
        <translation>실행 종료: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;b&gt;Predicted duration: %1&lt;/b&gt; — &lt;span style='color:%2'&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;b&gt;예상 소요 시간: %1&lt;/b&gt; — &lt;span style='color:%2'&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Peak unavailable: %n node(s) at %1</source>
        <translation>
            <numerusform>사용 불가 최대치: 노드 %n개(%1 시점)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>차단 요인 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n pod(s) left Pending</source>
        <translation>
            <numerusform>Pending으로 남은 Pod %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n workload(s) below desired</source>
        <translation>
            <numerusform>원하는 수에 못 미친 워크로드 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n eviction(s)</source>
        <translation>
            <numerusform>축출 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;Blockers (%1)</source>
        <translation>차단 요인(&amp;B) (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>P&amp;ending pods (%1)</source>
        <translation>Pending Pod(&amp;E) (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Workloads below desired (%1)</source>
        <translation>원하는 수 미달 워크로드(&amp;W) (%1)</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+9" />
        <source>did not finish</source>
        <translation>완료되지 않음</translation>
    </message>
    <message>
        <location line="-2" />
        <source>open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location line="+17" />
        <source>No option clears it: fix it on the cluster</source>
        <translation>해결할 수 있는 옵션이 없습니다. 클러스터에서 직접 해결하십시오</translation>
    </message>
    <message>
        <location line="+2" />
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location line="+0" />
        <source>pre-flight</source>
        <translation>사전 점검</translation>
    </message>
    <message>
        <location line="+14" />
        <source>(bare pod)</source>
        <translation>(컨트롤러 없는 Pod)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>still Pending at the end</source>
        <translation>끝날 때까지 Pending</translation>
    </message>
    <message>
        <location line="+31" />
        <source>not rehearsable</source>
        <translation>리허설할 수 없음</translation>
    </message>
</context>
<context>
    <name>Slipway::RehearsalReport</name>
    <message>
        <location filename="../sim/rehearsal/rehearsalreport.cpp" line="+27" />
        <source>NODE</source>
        <translation>NODE</translation>
    </message>
    <message>
        <location line="+0" />
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <location line="+0" />
        <source>START</source>
        <translation>START</translation>
    </message>
    <message>
        <location line="+1" />
        <source>END</source>
        <translation>END</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PHASES</source>
        <translation>PHASES</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Blockers: none.
</source>
        <translation>차단 요인: 없음.
</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blockers (%1):
</source>
        <translation>차단 요인(%1개):
</translation>
    </message>
    <message>
        <location line="+5" />
        <source>      no option clears it; fix it on the cluster
</source>
        <translation>      해결할 수 있는 옵션이 없습니다. 클러스터에서 직접 해결하십시오
</translation>
    </message>
    <message>
        <location line="+1" />
        <source>      cleared by: %1
</source>
        <translation>      해결 옵션: %1
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Pods left Pending: none.
</source>
        <translation>Pending으로 남은 Pod: 없음.
</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pods left Pending (%1):
</source>
        <translation>Pending으로 남은 Pod(%1개):
</translation>
    </message>
    <message>
        <location line="+2" />
        <source>from +%1, still Pending at the end</source>
        <translation>+%1부터, 끝날 때까지 Pending</translation>
    </message>
    <message>
        <location line="+2" />
        <source>from +%1 for %2</source>
        <translation>+%1부터 %2 동안</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Workloads below desired replicas: none.
</source>
        <translation>원하는 레플리카 수에 못 미친 워크로드: 없음.
</translation>
    </message>
    <message>
        <location line="+1" />
        <source>WORKLOAD</source>
        <translation>WORKLOAD</translation>
    </message>
    <message>
        <location line="+0" />
        <source>DESIRED</source>
        <translation>DESIRED</translation>
    </message>
    <message>
        <location line="+1" />
        <source>LOWEST READY</source>
        <translation>LOWEST READY</translation>
    </message>
    <message>
        <location line="+0" />
        <source>BELOW FOR</source>
        <translation>BELOW FOR</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NO READY REPLICA FOR</source>
        <translation>NO READY REPLICA FOR</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Workloads below desired replicas (%1):
</source>
        <translation>원하는 레플리카 수에 못 미친 워크로드(%1개):
</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Timing model: image pull %1 s, pod start-up (to Ready) %2 s, node upgrade (packages) %3 s plus kubelet restart %4 s, control-plane static pods %5 s apart, kube-apiserver serving %6 s after its restart; pod termination follows each pod's grace period.
</source>
        <translation>타이밍 모델: 이미지 풀 %1초, Pod 시작(Ready까지) %2초, 노드 업그레이드(패키지) %3초와 kubelet 재시작 %4초, 컨트롤 플레인 스태틱 Pod 교체 간격 %5초, 재시작 후 kube-apiserver가 요청을 처리하기까지 %6초. Pod 종료는 각 Pod의 유예 기간(grace period)을 따릅니다.
</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Rehearsal on a practice copy of %1: %2 nodes, %3 pods, %4 workloads, %5 budgets (names only: %6 annotations not copied). Nothing was changed on the cluster.
</source>
        <translation>%1의 연습용 사본에서 리허설했습니다: 노드 %2개, Pod %3개, 워크로드 %4개, 예산 %5개(이름만 복사, 어노테이션 %6개는 복사하지 않음). 클러스터는 전혀 변경되지 않았습니다.
</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Not rehearsable: %1
</source>
        <translation>리허설할 수 없음: %1
</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run: %1 %2, %3; predicted duration %4 (%5)%6
</source>
        <translation>실행: %1 %2, %3. 예상 소요 시간 %4(%5)%6
</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Peak unavailable nodes: %1 (at +%2). Evictions and deletions: %3.
</source>
        <translation>사용 불가 노드 최대치: %1개(+%2 시점). 축출 및 삭제: %3건.
</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Rehearsed in %1 ms of real time.
</source>
        <translation>실제 시간 %1ms 동안 리허설했습니다.
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>STRATEGY</source>
        <translation>전략</translation>
    </message>
    <message>
        <location line="+0" />
        <source>RESULT</source>
        <translation>결과</translation>
    </message>
    <message>
        <location line="+0" />
        <source>DURATION</source>
        <translation>DURATION</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PEAK UNAVAILABLE</source>
        <translation>PEAK UNAVAILABLE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>BELOW DESIRED</source>
        <translation>BELOW DESIRED</translation>
    </message>
    <message>
        <location line="+0" />
        <source>DOWNTIME</source>
        <translation>DOWNTIME</translation>
    </message>
    <message>
        <location line="+0" />
        <source>SINGLE-REPLICA GAPS</source>
        <translation>SINGLE-REPLICA GAPS</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PENDING PODS</source>
        <translation>PENDING PODS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>BLOCKERS</source>
        <translation>BLOCKERS</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not rehearsable</source>
        <translation>리허설할 수 없음</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: not rehearsable: %2</source>
        <translation>%1: 리허설할 수 없음: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n workload(s)</source>
        <translation>
            <numerusform>워크로드 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0" />
        <source>none</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>Slipway::RehearsalTiming</name>
    <message>
        <location filename="../models/run/rehearsaltiming.cpp" line="+42" />
        <source>%1 is a rehearsal's journal (virtual clock): calibrate from the journal of a real run</source>
        <translation>%1은(는) 리허설의 저널(가상 시계)입니다. 실제 실행의 저널로 보정하십시오</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1: the journal has no finished upgrade phase to calibrate from</source>
        <translation>%1: 저널에 보정에 사용할 완료된 업그레이드 단계가 없습니다</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Node upgrade calibrated from %1: median upgrade phase %2 s over %3 nodes.</source>
        <translation>%1에서 노드 업그레이드 시간을 보정했습니다: 노드 %3개에서 업그레이드 단계 중앙값 %2초.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 %2 set in the rehearsal's timing settings (default %3).</source>
        <translation>%1 %2(리허설 시간 설정에서 지정, 기본값 %3).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Image pull</source>
        <translation>이미지 풀</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pod start-up</source>
        <translation>Pod 시작</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Node upgrade %1 set in the rehearsal's timing settings (calibrated %2).</source>
        <translation>노드 업그레이드 %2(보정값) 대신 리허설 시간 설정에서 %1로 지정했습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Node upgrade</source>
        <translation>노드 업그레이드</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Static pod step</source>
        <translation>정적 Pod 단계</translation>
    </message>
    <message>
        <location line="+1" />
        <source>API server restart</source>
        <translation>API 서버 재시작</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A wait longer than %1 is a blocker and stops the rehearsal (default %2).</source>
        <translation>%1보다 오래 기다리면 차단 요인으로 보고 리허설을 멈춥니다(기본값 %2).</translation>
    </message>
</context>
<context>
    <name>Slipway::RehearsalTimingDialog</name>
    <message>
        <location filename="../ui/rehearsaltimingdialog.cpp" line="+47" />
        <source>%1: "%2" is not a duration. Give seconds (45) or a duration (90s, 2m, 1h30m).</source>
        <translation>%1: "%2"은(는) 시간 값이 아닙니다. 초(45) 또는 기간(90s, 2m, 1h30m)으로 입력하십시오.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: "%2" is negative; give 0 or more.</source>
        <translation>%1: "%2"은(는) 음수입니다. 0 이상을 입력하십시오.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: %2 is longer than a week; a rehearsal plays two weeks at most.</source>
        <translation>%1: %2은(는) 일주일보다 깁니다. 리허설은 최대 2주까지만 재생합니다.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Calibrate from a &amp;journal…</source>
        <translation>저널로 보정(&amp;J)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fo&amp;rget the calibration</source>
        <translation>보정 지우기(&amp;R)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Rehearsal timing — Slipway</source>
        <translation>리허설 시간 설정 — Slipway</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How long the practice cluster takes for what depends on your images and machines. The defaults are small values for cached images; a real run's journal can calibrate the node upgrade. Give seconds (45) or a duration (90s, 2m, 1h); an empty field is the default. Pod termination always follows each pod's own grace period.</source>
        <translation>연습용 클러스터가 각 작업에 걸리는 시간은 이미지와 머신에 따라 다릅니다. 기본값은 이미지가 캐시된 경우의 작은 값이며, 실제 실행의 저널로 노드 업그레이드 시간을 보정할 수 있습니다. 초(45) 또는 기간(90s, 2m, 1h)으로 입력하십시오. 빈 칸은 기본값입니다. Pod 종료는 항상 각 Pod의 유예 기간을 따릅니다.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>&amp;Image pull:</source>
        <translation>이미지 풀(&amp;I):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a pod bound to a node → its containers running (--image-pull; default %1)</source>
        <translation>노드에 배치된 Pod → 컨테이너 실행까지 (--image-pull, 기본값 %1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pod &amp;start-up:</source>
        <translation>Pod 시작(&amp;S):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>containers running → the pod Ready (--pod-startup; default %1)</source>
        <translation>컨테이너 실행 → Pod Ready까지 (--pod-startup, 기본값 %1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Node upgrade:</source>
        <translation>노드 업그레이드(&amp;N):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the package upgrade before the kubelet restarts, which adds %1 (--node-upgrade; default %2)</source>
        <translation>kubelet 재시작 전의 패키지 업그레이드 시간이며, 재시작에 %1이(가) 더 걸립니다 (--node-upgrade, 기본값 %2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Static &amp;pod step:</source>
        <translation>정적 Pod 단계(&amp;P):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>kubeadm replaces control-plane static pods this far apart (--static-pod-step; default %1)</source>
        <translation>kubeadm이 컨트롤 플레인 정적 Pod를 교체하는 간격 (--static-pod-step, 기본값 %1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;API server restart:</source>
        <translation>API 서버 재시작(&amp;A):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a restarted kube-apiserver serves again after this; a single control-plane node's API is unavailable meanwhile (--api-server-restart; default %1)</source>
        <translation>재시작한 kube-apiserver가 이 시간 뒤에 다시 응답합니다. 컨트롤 플레인 노드가 하나뿐이면 그동안 API를 쓸 수 없습니다 (--api-server-restart, 기본값 %1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Stuck a&amp;fter:</source>
        <translation>진행 불가 판단(&amp;F):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a wait longer than this is a blocker and stops the rehearsal (--stuck-after; default %1)</source>
        <translation>이보다 오래 기다리면 차단 요인으로 보고 리허설을 멈춥니다 (--stuck-after, 기본값 %1)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Set the node upgrade time from a real run's journal: the median of its upgrade phases, less the kubelet restart (--calibrate-from)</source>
        <translation>실제 실행의 저널로 노드 업그레이드 시간을 정합니다: 업그레이드 단계 중앙값에서 kubelet 재시작 시간을 뺀 값 (--calibrate-from)</translation>
    </message>
    <message>
        <location line="+84" />
        <location line="+27" />
        <source>Image pull</source>
        <translation>이미지 풀</translation>
    </message>
    <message>
        <location line="-26" />
        <location line="+27" />
        <source>Pod start-up</source>
        <translation>Pod 시작</translation>
    </message>
    <message>
        <location line="-26" />
        <location line="+27" />
        <source>Node upgrade</source>
        <translation>노드 업그레이드</translation>
    </message>
    <message>
        <location line="-25" />
        <location line="+26" />
        <source>Static pod step</source>
        <translation>정적 Pod 단계</translation>
    </message>
    <message>
        <location line="-24" />
        <location line="+25" />
        <source>API server restart</source>
        <translation>API 서버 재시작</translation>
    </message>
    <message>
        <location line="-24" />
        <location line="+25" />
        <source>Stuck after</source>
        <translation>진행 불가 판단</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Stuck after must be longer than 0: a rehearsal needs time to wait.</source>
        <translation>진행 불가 판단 시간은 0보다 커야 합니다. 리허설에는 기다릴 시간이 필요합니다.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Calibrate from a run's journal</source>
        <translation>실행 저널로 보정</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run journals (*.jsonl);;All files (*)</source>
        <translation>실행 저널 (*.jsonl);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>That journal cannot calibrate: %1</source>
        <translation>그 저널로는 보정할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Not calibrated: the node upgrade is the default or the value above.</source>
        <translation>보정하지 않음: 노드 업그레이드 시간은 기본값이거나 위에 입력한 값입니다.</translation>
    </message>
</context>
<context>
    <name>Slipway::RehearseCommand</name>
    <message>
        <location filename="../app/rehearsecommand.cpp" line="+28" />
        <source>Rehearse on a copy of a `kubectl get … -o json` dump (repeatable).</source>
        <translation>`kubectl get … -o json` 덤프의 사본으로 리허설합니다(여러 번 지정 가능).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rehearse rolling 1, rolling N, all at once and surge; one table.</source>
        <translation>rolling 1, rolling N, 한꺼번에, surge를 리허설하여 하나의 표로 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Output format: text or json.</source>
        <translation>출력 형식: text 또는 json.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>format</source>
        <translation>형식</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Timing model: seconds from a pod's binding to its containers running (image pull and start; default %1).</source>
        <translation>타이밍 모델: Pod가 바인딩된 뒤 컨테이너가 실행될 때까지의 초(이미지 풀과 시작 포함, 기본값 %1).</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+4" />
        <location line="+5" />
        <location line="+5" />
        <location line="+6" />
        <source>seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Timing model: seconds from running to Ready (default %1).</source>
        <translation>타이밍 모델: 실행 중에서 Ready가 될 때까지의 초(기본값 %1).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Timing model: seconds a node's package upgrade takes before the kubelet restarts (default %1).</source>
        <translation>타이밍 모델: kubelet이 재시작하기 전에 노드의 패키지 업그레이드에 걸리는 초(기본값 %1).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Timing model: seconds between kubeadm's static pod replacements (default %1).</source>
        <translation>타이밍 모델: kubeadm이 스태틱 Pod를 교체하는 간격(초, 기본값 %1).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Timing model: seconds a restarted kube-apiserver takes to serve again; a single control-plane node's API is unavailable that long (default %1).</source>
        <translation>타이밍 모델: 재시작한 kube-apiserver가 다시 요청을 처리하기까지 걸리는 초. 컨트롤 플레인 노드가 하나뿐이면 그동안 API를 사용할 수 없습니다(기본값 %1).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Calibrate the node upgrade time from a real run's journal.</source>
        <translation>실제 실행의 저널로 노드 업그레이드 시간을 보정합니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>journal</source>
        <translation>저널</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A wait longer than this counts as a blocker and ends the rehearsal (default 1h).</source>
        <translation>이보다 오래 기다리면 차단 요인으로 간주하고 리허설을 끝냅니다(기본값 1h).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>duration</source>
        <translation>기간</translation>
    </message>
    <message>
        <location line="+17" />
        <source>--%1 must be a number of seconds (0 or more), not "%2"</source>
        <translation>--%1에는 0 이상의 초 단위 숫자를 지정해야 합니다(현재 값: "%2")</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--%1 %2 s given on the command line.</source>
        <translation>명령줄에서 --%1 %2초를 지정했습니다.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>the dump %1</source>
        <translation>덤프 %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the scenario file %1</source>
        <translation>시나리오 파일 %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the practice scenario "%1"</source>
        <translation>연습 시나리오 "%1"</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the context %1 (%2), read once</source>
        <translation>컨텍스트 %1(%2), 한 번 읽음</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Strategies compared on the same copy:</source>
        <translation>같은 사본에서 비교한 전략:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Rehearse the planned run on a practice copy of the cluster (a live cluster read once, a dump or a practice scenario), on a virtual clock, and report its duration per node and phase, the blockers and the options that clear them, pods left Pending, workloads below desired and the peak of unavailable nodes. The cluster itself is never changed.</source>
        <translation>계획한 실행을 클러스터의 연습용 사본(한 번 읽은 라이브 클러스터, 덤프 또는 연습 시나리오)에서 가상 시계로 리허설하고, 노드별·단계별 소요 시간, 차단 요인과 이를 해결하는 옵션, Pending으로 남은 Pod, 원하는 레플리카 수에 못 미친 워크로드, 사용 불가 노드 최대치를 보고합니다. 클러스터 자체는 절대 변경하지 않습니다.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--output must be text or json, not "%1"</source>
        <translation>--output은 text 또는 json이어야 합니다(현재 값: "%1")</translation>
    </message>
    <message>
        <location line="+4" />
        <source>slipway rehearse needs --to VERSION (an upgrade) or --nodes N1,N2… (maintenance)</source>
        <translation>slipway rehearse에는 --to VERSION(업그레이드) 또는 --nodes N1,N2…(유지보수)가 필요합니다</translation>
    </message>
    <message>
        <location line="+5" />
        <source>must be longer than 0</source>
        <translation>0보다 커야 합니다</translation>
    </message>
</context>
<context>
    <name>Slipway::ReportCommand</name>
    <message>
        <location filename="../app/reportcommand.cpp" line="+33" />
        <source>Write the report to this PDF file.</source>
        <translation>보고서를 이 PDF 파일에 씁니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <location line="+4" />
        <location line="+3" />
        <location line="+3" />
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Report on the run recorded in this journal.</source>
        <translation>이 저널에 기록된 실행에 대한 보고서를 만듭니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Report the plan for a bundled practice cluster.</source>
        <translation>내장 연습 클러스터의 계획 보고서를 만듭니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Report the plan for a practice scenario file.</source>
        <translation>연습 시나리오 파일의 계획 보고서를 만듭니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Report the plan for a `kubectl get … -o json` dump (repeatable).</source>
        <translation>`kubectl get … -o json` 덤프의 계획 보고서를 만듭니다(반복 가능).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Report the plan for a live cluster with this kubeconfig.</source>
        <translation>이 kubeconfig로 실제 클러스터의 계획 보고서를 만듭니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The kubeconfig context (default: current-context).</source>
        <translation>kubeconfig 컨텍스트(기본값: current-context).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+2" />
        <source>duration</source>
        <translation>기간</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Target version of the plan, e.g. v1.35.8 or 1.35.</source>
        <translation>계획의 목표 버전(예: v1.35.8 또는 1.35).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>version</source>
        <translation>버전</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Language of the report: en or ko.</source>
        <translation>보고서 언어: en 또는 ko.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paper size: a4 or letter.</source>
        <translation>용지 크기: a4 또는 letter.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Show times in this IANA time zone, e.g. Asia/Seoul (default: the system's).</source>
        <translation>시각을 이 IANA 시간대로 표시합니다(예: Asia/Seoul, 기본값: 시스템 시간대).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Log debug messages to stderr.</source>
        <translation>디버그 메시지를 stderr에 기록합니다.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>give the PDF file to write with -o FILE.pdf</source>
        <translation>쓸 PDF 파일을 -o FILE.pdf로 지정하십시오</translation>
    </message>
    <message>
        <location line="+3" />
        <source>unknown language "%1"; available: %2</source>
        <translation>알 수 없는 언어 "%1"; 사용 가능: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--paper must be a4 or letter, not "%1"</source>
        <translation>--paper는 "%1"이(가) 아니라 a4 또는 letter여야 합니다</translation>
    </message>
    <message>
        <location line="+7" />
        <source>unknown time zone "%1" (use an IANA name such as Asia/Seoul or UTC)</source>
        <translation>알 수 없는 시간대 "%1"(Asia/Seoul 또는 UTC 같은 IANA 이름을 사용하십시오)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>give only one source: --journal, --demo, --scenario-file, --from-dump or --kubeconfig/--context</source>
        <translation>소스는 하나만 지정하십시오: --journal, --demo, --scenario-file, --from-dump 또는 --kubeconfig/--context</translation>
    </message>
    <message>
        <location line="+4" />
        <source>unexpected argument "%1"</source>
        <translation>예상하지 못한 인수 "%1"</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Writes the upgrade report as PDF: from a run's journal (--journal FILE, finished or interrupted), or a plan-only report of a cluster (--demo [SCENARIO], --scenario-file FILE, --from-dump FILE, --kubeconfig FILE/--context NAME; the kubeconfig like kubectl when no source is given).</source>
        <translation>업그레이드 보고서를 PDF로 씁니다: 실행의 저널(--journal FILE, 완료되었거나 중단된 실행)에서, 또는 클러스터의 계획만 담은 보고서(--demo [SCENARIO], --scenario-file FILE, --from-dump FILE, --kubeconfig FILE/--context NAME; 소스를 지정하지 않으면 kubectl처럼 kubeconfig를 사용)로.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>With --demo: the practice scenario (default, cka-lecture).</source>
        <translation>--demo와 함께: 연습 시나리오(default, cka-lecture).</translation>
    </message>
</context>
<context>
    <name>Slipway::ReportComposer</name>
    <message>
        <location filename="../ui/report/reportcomposer.cpp" line="+48" />
        <source>Kubernetes upgrade plan</source>
        <translation>Kubernetes 업그레이드 계획</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kubernetes node maintenance report</source>
        <translation>Kubernetes 노드 유지보수 보고서</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kubernetes upgrade report</source>
        <translation>Kubernetes 업그레이드 보고서</translation>
    </message>
    <message>
        <location line="+6" />
        <source>maintenance; versions unchanged</source>
        <translation>유지보수, 버전 변경 없음</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (maintenance; versions unchanged)</source>
        <translation>%1(유지보수, 버전 변경 없음)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 → no target</source>
        <translation>%1 → 목표 없음</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Generated by Slipway on %1</source>
        <translation>Slipway가 %1에 생성함</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Info</source>
        <translation>정보</translation>
    </message>
    <message>
        <location line="+6" />
        <source>not started</source>
        <translation>시작 안 함</translation>
    </message>
    <message>
        <location line="+3" />
        <source>pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location line="+2" />
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location line="+2" />
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location line="+2" />
        <source>aborted</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <location line="+2" />
        <source>paused</source>
        <translation>일시 정지됨</translation>
    </message>
    <message>
        <location line="+2" />
        <source>waiting</source>
        <translation>기다리는 중</translation>
    </message>
    <message>
        <location line="+2" />
        <source>interrupted (%1)</source>
        <translation>중단됨(%1)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Plan only: the cluster is already at the target</source>
        <translation>계획만: 클러스터가 이미 목표 버전입니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plan only: no upgrade path (see the findings)</source>
        <translation>계획만: 업그레이드 경로 없음(발견 사항 참조)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plan only: nothing was changed on the cluster</source>
        <translation>계획만: 클러스터에서 아무것도 변경하지 않았습니다</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Interrupted: the journal ends before the run finished (%1 of %2 nodes done)</source>
        <translation>중단됨: 실행이 끝나기 전에 저널이 끝납니다(노드 %2개 중 %1개 완료)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Succeeded: %1 of %2 nodes done</source>
        <translation>성공: 노드 %2개 중 %1개 완료</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Aborted: %1 of %2 nodes done, %3 failed</source>
        <translation>중단됨: 노드 %2개 중 %1개 완료, %3개 실패</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Failed: %1 of %2 nodes done, %3 failed</source>
        <translation>실패: 노드 %2개 중 %1개 완료, %3개 실패</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <location line="+1" />
        <source>API server</source>
        <translation>API 서버</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Versions</source>
        <translation>버전</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../ui/report/reportrunsections.cpp" line="+53" />
        <location line="+65" />
        <location line="+59" />
        <location line="+32" />
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../ui/report/reportrunsections.cpp" line="-155" />
        <location line="+65" />
        <location line="+59" />
        <source>Finished</source>
        <translation>종료</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../ui/report/reportrunsections.cpp" line="-124" />
        <source>Last event</source>
        <translation>마지막 이벤트</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Clock</source>
        <translation>시계</translation>
    </message>
    <message>
        <location line="+0" />
        <source>the practice cluster's virtual clock</source>
        <translation>연습 클러스터의 가상 시계</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../ui/report/reportplansections.cpp" line="+43" />
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Operator</source>
        <translation>작업자</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../ui/report/reportrunsections.cpp" line="+2" />
        <location line="+61" />
        <location line="+63" />
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Cluster %1 runs Kubernetes %2 on %3 nodes (%4 control-plane).</source>
        <translation>클러스터 %1은(는) 노드 %3개(컨트롤 플레인 %4개)에서 Kubernetes %2을(를) 실행합니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(unknown version)</source>
        <translation>(알 수 없는 버전)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>It is already at the target version %1.</source>
        <translation>이미 목표 버전 %1입니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No upgrade path can be planned; the findings below say why.</source>
        <translation>업그레이드 경로를 계획할 수 없습니다. 이유는 아래 발견 사항에 있습니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The plan upgrades it to %1 in %2 hops (%3), one minor version at a time, in %4 steps.</source>
        <translation>이 계획은 한 번에 마이너 버전 하나씩 %2단계 홉(%3)으로 %1까지 업그레이드하며, 작업은 %4개입니다.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The version-skew check found no problems.</source>
        <translation>버전 차이(skew) 검사에서 문제가 발견되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The version-skew check found problems (errors: %1, warnings: %2); errors must be fixed before the upgrade.</source>
        <translation>버전 차이(skew) 검사에서 문제가 발견되었습니다(오류: %1, 경고: %2). 오류는 업그레이드 전에 해결해야 합니다.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>On %1, %2 ran a maintenance of %3 nodes of cluster %4 (cordon, drain, maintain, verify, uncordon).</source>
        <translation>%1에 %2이(가) 클러스터 %4의 노드 %3개에 대해 유지보수를 실행했습니다(cordon, drain, 유지보수, 확인, uncordon).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>On %1, %2 upgraded %3 nodes of cluster %4 from %5 to %6.</source>
        <translation>%1에 %2이(가) 클러스터 %4의 노드 %3개를 %5에서 %6(으)로 업그레이드했습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The run took %1 with the %2 strategy and ended: %3.</source>
        <translation>실행은 %2 전략으로 %1 걸렸으며 결과는 다음과 같습니다: %3.</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../ui/report/reportrunsections.cpp" line="-131" />
        <source>rolling</source>
        <translation>롤링</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 pods were evicted; a disruption budget refused %2 of them for a while, and the run waited %3 for budgets in total.</source>
        <translation>Pod %1개가 축출되었습니다. 그중 %2개는 중단 예산(PDB)이 한동안 거부했으며, 실행은 예산 때문에 모두 %3 기다렸습니다.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The operator confirmed no overrides.</source>
        <translation>작업자가 확인한 재정의(override)는 없습니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overrides the operator confirmed: %1 (listed in the execution section).</source>
        <translation>작업자가 확인한 재정의(override): %1개(실행 절에 나열).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Left cordoned: %1.</source>
        <translation>cordon 상태로 남은 노드: %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 errors were recorded.</source>
        <translation>오류 %1개가 기록되었습니다.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Journal: %1</source>
        <translation>저널: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <location filename="../ui/report/reportplansections.cpp" line="-25" />
        <source>on the node</source>
        <translation>노드에서</translation>
    </message>
    <message>
        <location line="+2" />
        <source>with kubectl</source>
        <translation>kubectl로</translation>
    </message>
    <message>
        <location line="+1" />
        <source>manual</source>
        <translation>수동</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 (not confirmed)</source>
        <translation>%1(확인 안 됨)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 (not upgraded)</source>
        <translation>%1(업그레이드 안 됨)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Versions before and after</source>
        <translation>이전 및 이후 버전</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After</source>
        <translation>이후</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Before: as the cluster was read when the plan was made. After: the target for the nodes whose run ended done (their upgrade and verify phases passed), otherwise the version before.</source>
        <translation>이전: 계획을 만들 때 읽은 클러스터의 버전. 이후: 실행이 완료로 끝난 노드(업그레이드와 확인 단계 통과)는 목표 버전, 그 밖의 노드는 이전 버전.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Before: as the cluster was read. Planned: the versions after the last hop of the plan.</source>
        <translation>이전: 읽은 클러스터의 버전. 계획: 계획의 마지막 홉 이후의 버전.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Control plane and add-ons</source>
        <translation>컨트롤 플레인과 애드온</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No control-plane components were found (a managed control plane).</source>
        <translation>컨트롤 플레인 구성 요소를 찾지 못했습니다(관리형 컨트롤 플레인).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Component</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+50" />
        <location line="+122" />
        <location filename="../ui/report/reportpreviewsection.cpp" line="+65" />
        <location line="+15" />
        <location line="+19" />
        <location filename="../ui/report/reportrunsections.cpp" line="+67" />
        <location line="+28" />
        <location line="+198" />
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <location line="-172" />
        <source>Before</source>
        <translation>이전</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nodes: kubelet and kube-proxy</source>
        <translation>노드: kubelet과 kube-proxy</translation>
    </message>
    <message>
        <location line="+37" />
        <source>%1 nodes: %2</source>
        <translation>노드 %1개: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 nodes, grouped by identical roles, versions and readiness.</source>
        <translation>노드 %1개를 역할, 버전, Ready 상태가 같은 것끼리 묶었습니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../ui/report/reportrunsections.cpp" line="-276" />
        <source>Nodes</source>
        <translation>노드</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Roles</source>
        <translation>역할</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kubelet before</source>
        <translation>이전 kubelet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kubelet after</source>
        <translation>이후 kubelet</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kubelet planned</source>
        <translation>계획된 kubelet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>kube-proxy</source>
        <translation>kube-proxy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Version-skew findings</source>
        <translation>버전 차이(skew) 발견 사항</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No findings: every component is within the Kubernetes version-skew policy, now and after each hop of the plan.</source>
        <translation>발견 사항 없음: 지금과 계획의 각 홉 이후 모두, 모든 구성 요소가 Kubernetes 버전 차이 정책 안에 있습니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Each finding names its rule (docs/skew-rules.md), the component and node it is about, and the fix. "Now" is the cluster as read; the other groups are projected after each hop of the plan.</source>
        <translation>각 발견 사항에는 규칙(docs/skew-rules.md), 해당 구성 요소와 노드, 해결 방법이 있습니다. "현재"는 읽은 그대로의 클러스터이고, 다른 묶음은 계획의 각 홉 이후를 예상한 것입니다.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After hop %1: %2 → %3</source>
        <translation>홉 %1 이후: %2 → %3</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Fix: %1</source>
        <translation>해결: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Finding and fix</source>
        <translation>발견 사항과 해결 방법</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Upgrade plan</source>
        <translation>업그레이드 계획</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Nothing to do: the cluster is at the target version.</source>
        <translation>할 일 없음: 클러스터가 목표 버전입니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No upgrade path: see the findings for what refuses it.</source>
        <translation>업그레이드 경로 없음: 무엇이 막는지는 발견 사항을 보십시오.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The control plane moves one minor version at a time (the Kubernetes version-skew policy); each hop upgrades the control-plane nodes first, then every node's kubelet. Package commands are for %1.</source>
        <translation>컨트롤 플레인은 한 번에 마이너 버전 하나씩 올라갑니다(Kubernetes 버전 차이 정책). 각 홉은 컨트롤 플레인 노드를 먼저, 그다음 모든 노드의 kubelet을 업그레이드합니다. 패키지 명령은 %1용입니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Hop</source>
        <translation>홉</translation>
    </message>
    <message>
        <location line="+0" />
        <source>From</source>
        <translation>이전</translation>
    </message>
    <message>
        <location line="+0" />
        <source>To</source>
        <translation>이후</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Hop %1: %2 → %3</source>
        <translation>홉 %1: %2 → %3</translation>
    </message>
    <message>
        <location line="+33" />
        <source>before the control plane</source>
        <translation>컨트롤 플레인보다 먼저</translation>
    </message>
    <message>
        <location line="+4" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Step</source>
        <translation>작업</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Commands</source>
        <translation>명령</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The other %1 nodes take the same steps with their own names (%2%3); `slipway plan` lists every command.</source>
        <translation>나머지 노드 %1개도 각자의 이름으로 같은 작업을 합니다(%2%3). 모든 명령은 `slipway plan`이 나열합니다.</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpreviewsection.cpp" line="-62" />
        <source>Pre-flight drain preview</source>
        <translation>사전 drain 미리 보기</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What draining each node would do, computed from the cluster as read and without touching it: the nodes in the plan's order, one at a time, each drained with the earlier ones' pods moved to where the scheduler's filters place them, like kubectl drain %1.</source>
        <translation>각 노드를 drain하면 어떻게 되는지를 클러스터를 건드리지 않고 읽은 상태에서 계산했습니다: 계획의 순서대로 한 번에 한 노드씩, 앞 노드의 Pod는 스케줄러 필터가 배치하는 곳으로 옮긴 뒤 kubectl drain %1처럼 drain합니다.</translation>
    </message>
    <message>
        <location line="+21" />
        <location filename="../ui/report/reportrunsections.cpp" line="+5" />
        <source>Per node</source>
        <translation>노드별</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 nodes drain without blockers, downtime or Pending pods and are not listed.</source>
        <translation>노드 %1개는 차단 요인, 다운타임, Pending Pod 없이 drain되므로 나열하지 않습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>To evict</source>
        <translation>축출</translation>
    </message>
    <message>
        <location line="+1" />
        <source>With downtime</source>
        <translation>다운타임 있음</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blocked</source>
        <translation>차단됨</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Would stay Pending</source>
        <translation>Pending으로 남음</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Blockers</source>
        <translation>차단 요인</translation>
    </message>
    <message>
        <location line="+3" />
        <source>none: fix it first</source>
        <translation>없음: 먼저 해결하십시오</translation>
    </message>
    <message>
        <location line="+2" />
        <source>None: every node can be drained with these options.</source>
        <translation>없음: 이 옵션으로 모든 노드를 drain할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+18" />
        <location filename="../ui/report/reportrunsections.cpp" line="+122" />
        <location line="+150" />
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <location line="-17" />
        <source>What stops the drain</source>
        <translation>drain을 막는 것</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Option that covers it</source>
        <translation>허용하는 옵션</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Downtime and capacity</source>
        <translation>다운타임과 용량</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No workload loses its last ready replica, and every evicted pod fits on the remaining nodes.</source>
        <translation>마지막 Ready 레플리카를 잃는 워크로드가 없고, 축출된 모든 Pod가 남은 노드에 들어갑니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Owner</source>
        <translation>소유자</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../ui/report/reportrunsections.cpp" line="-131" />
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <location filename="../ui/report/reportrunsections.cpp" line="-172" />
        <source>Execution</source>
        <translation>실행</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Times are in %1%2.</source>
        <translation>시각은 %1 기준입니다%2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>, on the practice cluster's virtual clock</source>
        <translation>(연습 클러스터의 가상 시계)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strategy</source>
        <translation>전략</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1, at most %2 node(s) unavailable at a time</source>
        <translation>%1, 한 번에 최대 노드 %2개 사용 불가</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Executor</source>
        <translation>실행기</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+65" />
        <location line="+59" />
        <location line="+31" />
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <location line="-153" />
        <source>Left cordoned</source>
        <translation>cordon 상태로 남음</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pauses</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 paused, %2 resumed</source>
        <translation>일시 정지 %1회, 재개 %2회</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Journal</source>
        <translation>저널</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Error at %1: %2</source>
        <translation>%1의 오류: %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 nodes took part; to keep the report readable, details follow only for the %2 nodes with problems (waits on budgets, overrides, errors, not done). The event log and the journal have everything.</source>
        <translation>노드 %1개가 참여했습니다. 보고서를 읽기 쉽게 하려고 문제가 있는 노드 %2개(예산 대기, 재정의, 오류, 미완료)의 세부 사항만 싣습니다. 모든 내용은 이벤트 로그와 저널에 있습니다.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 more nodes with problems are in the event log.</source>
        <translation>문제가 있는 노드 %1개가 더 이벤트 로그에 있습니다.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1 (%2 refused)</source>
        <translation>%1(%2개 거부됨)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Evictions</source>
        <translation>축출</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waits</source>
        <translation>대기</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+13" />
        <source>Overrides</source>
        <translation>재정의</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Errors</source>
        <translation>오류</translation>
    </message>
    <message>
        <location line="+14" />
        <source>None: every step stayed on the safe path (no forced deletions, no budgets overridden, no blockers acknowledged).</source>
        <translation>없음: 모든 작업이 안전한 경로를 따랐습니다(강제 삭제, 예산 재정의, 차단 요인 승인 없음).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What the operator confirmed outside the safe path, and who confirmed it.</source>
        <translation>작업자가 안전한 경로를 벗어나 확인한 것과 확인한 사람.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+78" />
        <location line="+119" />
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location line="-195" />
        <source>Override</source>
        <translation>재정의</translation>
    </message>
    <message>
        <location line="+1" />
        <source>By</source>
        <translation>확인한 사람</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What was confirmed</source>
        <translation>확인한 내용</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Phase</source>
        <translation>단계</translation>
    </message>
    <message>
        <location line="+11" />
        <source>deleted (%1)</source>
        <translation>삭제됨(%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>gone</source>
        <translation>사라짐</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Attempts</source>
        <translation>시도</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+16" />
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <location line="-15" />
        <source>Refused by</source>
        <translation>거부한 예산</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First</source>
        <translation>처음</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last</source>
        <translation>마지막</translation>
    </message>
    <message>
        <location line="+8" />
        <source>open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waited for</source>
        <translation>대기 이유</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pod or budget</source>
        <translation>Pod 또는 예산</translation>
    </message>
    <message>
        <location line="+9" />
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location line="+2" />
        <source>warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Level</source>
        <translation>수준</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One lane per node, a bar per phase; hatched bars are waits on a disruption budget, cross-hatched bars failed. Below: ready and schedulable nodes, Pending pods and workloads below their desired replicas. Lanes are grouped when there are too many to show one per row.</source>
        <translation>노드마다 한 줄, 단계마다 막대 하나입니다. 빗금 막대는 중단 예산(PDB) 대기, 교차 빗금 막대는 실패입니다. 아래: Ready 노드와 스케줄 가능한 노드, Pending Pod, 원하는 레플리카 수에 못 미치는 워크로드. 한 줄에 하나씩 보이기에 너무 많으면 줄을 묶습니다.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>(the timeline needs a widget application)</source>
        <translation>(타임라인에는 위젯 애플리케이션이 필요합니다)</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Appendix: event log</source>
        <translation>부록: 이벤트 로그</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The journal has %1 events. Listed here: the %2 events of the run itself and of the nodes with problems, one line each; the journal file (%3) has every event.</source>
        <translation>저널에는 이벤트 %1개가 있습니다. 여기에는 실행 자체와 문제가 있는 노드의 이벤트 %2개를 한 줄씩 싣습니다. 모든 이벤트는 저널 파일(%3)에 있습니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Every event of the journal (%1), one line each; the journal file has the full text of each line.</source>
        <translation>저널의 모든 이벤트(%1개)를 한 줄씩 싣습니다. 각 줄의 전체 내용은 저널 파일에 있습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Every event of the journal (%1), as recorded.</source>
        <translation>저널의 모든 이벤트(%1개)를 기록된 그대로 싣습니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seq</source>
        <translation>순번</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Detail</source>
        <translation>세부 사항</translation>
    </message>
</context>
<context>
    <name>Slipway::ReportExporter</name>
    <message>
        <location filename="../ui/report/reportexporter.cpp" line="+35" />
        <location line="+12" />
        <location line="+8" />
        <source>Export report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <location line="-20" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The report was not written: %1</source>
        <translation>보고서를 쓰지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Choose a run journal</source>
        <translation>실행 저널 선택</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run journals (*.jsonl);;All files (*)</source>
        <translation>실행 저널 (*.jsonl);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>Slipway::ReportPager</name>
    <message>
        <location filename="../ui/report/reportpager.cpp" line="+118" />
        <source>Page %1 of %2</source>
        <translation>%2쪽 중 %1쪽</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page %1</source>
        <translation>%1쪽</translation>
    </message>
</context>
<context>
    <name>Slipway::ReportWriter</name>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="+80" />
        <location line="+47" />
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="-16" />
        <source>cannot write %1: the PDF writer could not start</source>
        <translation>%1을(를) 쓸 수 없습니다: PDF 작성기를 시작할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Slipway::ResumeOffer</name>
    <message>
        <location filename="../ui/wizard/resumeoffer.cpp" line="+44" />
        <source>A maintenance run on %1 started %2 was interrupted with %3 of %4 nodes done.</source>
        <translation>%2에 시작한 클러스터 %1의 유지보수 실행이 노드 %4개 중 %3개를 완료한 상태에서 중단되었습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>An upgrade of %1 started %2 was interrupted with %3 of %4 nodes done.</source>
        <translation>%2에 시작한 클러스터 %1의 업그레이드가 노드 %4개 중 %3개를 완료한 상태에서 중단되었습니다.</translation>
    </message>
</context>
<context>
    <name>Slipway::RunCommand</name>
    <message>
        <location filename="../app/runoptions.h" line="+31" />
        <source>The version every node ends at, e.g. v1.35.0.</source>
        <translation>모든 노드가 도달할 버전(예: v1.35.0).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>version</source>
        <translation>버전</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rolling, all-at-once or surge.</source>
        <translation>rolling, all-at-once 또는 surge.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>strategy</source>
        <translation>전략</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rolling: nodes out of service at a time.</source>
        <translation>rolling: 한 번에 서비스에서 빠지는 노드 수.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rolling: wait this long after each node (e.g. 5m).</source>
        <translation>rolling: 각 노드 후 이 시간만큼 기다립니다(예: 5m).</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+36" />
        <source>duration</source>
        <translation>기간</translation>
    </message>
    <message>
        <location line="-34" />
        <source>Surge: new nodes that must join first.</source>
        <translation>surge: 먼저 합류해야 하는 새 노드 수.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>manual, command or practice (default: practice on practice clusters, else manual).</source>
        <translation>manual, command 또는 practice(기본값: 연습용 클러스터에서는 practice, 그 밖에는 manual).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>executor</source>
        <translation>실행기</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Command executor: a template with {node} and {version}.</source>
        <translation>command 실행기: {node}와 {version}이 들어가는 템플릿.</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+2" />
        <source>template</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The maintenance command, a template with {node}.</source>
        <translation>유지보수 명령. {node}가 들어가는 템플릿.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The maintenance step reboots the node (verified by a new boot id).</source>
        <translation>유지보수 단계에서 노드를 재부팅합니다(새 boot id로 확인).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The nodes, comma separated, in the order to take them.</source>
        <translation>진행할 순서대로 쉼표로 구분한 노드 목록.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Do not ask before each change.</source>
        <translation>변경할 때마다 묻지 않습니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print the run order and the drain preview; change nothing.</source>
        <translation>실행 순서와 drain 미리 보기를 출력하고 아무것도 변경하지 않습니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The run's journal; an existing one is resumed.</source>
        <translation>실행 저널. 이미 있으면 그 실행을 재개합니다.</translation>
    </message>
    <message>
        <location filename="../app/runcommand.cpp" line="+181" />
        <location filename="../app/runoptions.h" line="+0" />
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../app/runoptions.h" line="+2" />
        <source>Ask before starting on each node.</source>
        <translation>각 노드를 시작하기 전에 묻습니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ask before uncordoning each node.</source>
        <translation>각 노드를 uncordon하기 전에 묻습니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>kubectl drain --force: also pods without a controller.</source>
        <translation>kubectl drain --force: 컨트롤러가 없는 Pod도 포함합니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>kubectl drain: also pods with emptyDir data.</source>
        <translation>kubectl drain: emptyDir 데이터가 있는 Pod도 포함합니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>kubectl drain: seconds each pod gets to stop (-1: its own).</source>
        <translation>kubectl drain: 각 Pod가 종료하는 데 주어지는 시간(초)(-1: Pod 자체 값).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <location line="+2" />
        <source>kubectl drain: give up on a node's drain after this long (0: never).</source>
        <translation>kubectl drain: 노드의 drain을 이 시간 후에 포기합니다(0: 포기하지 않음).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>kubectl drain: delete instead of evict (bypasses budgets).</source>
        <translation>kubectl drain: 축출 대신 삭제합니다(예산 우회).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>When this budget blocks, delete its pods instead (recorded); repeatable.</source>
        <translation>이 예산이 막으면 대신 해당 Pod를 삭제합니다(기록됨). 여러 번 지정 가능.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How often to look at the cluster while waiting, in ms.</source>
        <translation>기다리는 동안 클러스터를 확인하는 간격(ms).</translation>
    </message>
    <message>
        <location filename="../app/runcommand.cpp" line="+1" />
        <location filename="../app/runoptions.h" line="+3" />
        <source>User interface language.</source>
        <translation>사용자 인터페이스 언어.</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../app/runoptions.h" line="+0" />
        <source>language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../app/runoptions.h" line="+1" />
        <source>Log debug messages to stderr.</source>
        <translation>디버그 메시지를 stderr에 기록합니다.</translation>
    </message>
    <message>
        <location line="-129" />
        <source>Run order (%1, %2): %3</source>
        <translation>실행 순서(%1, %2): %3</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Hops, one minor at a time, each a full pass in this order: %1</source>
        <translation>마이너 버전 하나씩 올라가는 구간이며, 각 구간은 다음 순서로 전체를 한 번씩 진행합니다: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Dry run: nothing was changed.</source>
        <translation>시험 실행: 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>slipway upgrade needs --to VERSION</source>
        <translation>slipway upgrade에는 --to VERSION이 필요합니다</translation>
    </message>
    <message>
        <location line="+12" />
        <source>refusing to change the cluster without --yes: there is no terminal to ask on. Run it on a terminal, or add --yes.</source>
        <translation>--yes 없이는 클러스터를 변경하지 않습니다: 확인을 물어볼 터미널이 없습니다. 터미널에서 실행하거나 --yes를 추가하십시오.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Resuming the run in %1</source>
        <translation>%1의 실행을 재개합니다</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Journal: %1</source>
        <translation>저널: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Upgrade the cluster node by node: control plane first, then workers; cordon, drain, upgrade, verify and uncordon each, with a crash-safe journal.</source>
        <translation>클러스터를 노드 단위로 업그레이드합니다: 컨트롤 플레인을 먼저, 그다음 워커 노드를 진행하며, 각 노드를 cordon, drain, 업그레이드, 확인, uncordon합니다. 비정상 종료에도 안전한 저널을 남깁니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Maintain nodes one by one: cordon, drain, the maintenance command or a reboot, verify (Ready, and a new boot id after a reboot) and uncordon, with a crash-safe journal.</source>
        <translation>노드를 하나씩 유지보수합니다: cordon, drain, 유지보수 명령 또는 재부팅, 확인(Ready, 재부팅 후에는 새 boot id), uncordon 순서로 진행하며, 비정상 종료에도 안전한 저널을 남깁니다.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Uncordon every node an interrupted or aborted run cordoned, as its journal records; nodes cordoned by someone else stay cordoned.</source>
        <translation>중단되었거나 취소된 실행이 cordon한 모든 노드를 저널 기록에 따라 uncordon합니다. 다른 사용자가 cordon한 노드는 cordon 상태로 둡니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The run's journal.</source>
        <translation>실행 저널.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>slipway rollback needs --journal FILE</source>
        <translation>slipway rollback에는 --journal FILE이 필요합니다</translation>
    </message>
</context>
<context>
    <name>Slipway::RunConsole</name>
    <message>
        <location filename="../app/runconsole.cpp" line="+23" />
        <source> (needs you)</source>
        <translation> (사용자 조치 필요)</translation>
    </message>
    <message>
        <location line="+24" />
        <source> [y/N] </source>
        <translation> [y/N] </translation>
    </message>
    <message>
        <location line="+19" />
        <source>Hop %1 of %2: %3 → %4 (control plane first, then the workers)</source>
        <translation>구간 %1/%2: %3 → %4 (컨트롤 플레인 먼저, 그다음 워커 노드)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the cluster's version</source>
        <translation>클러스터 버전</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Hop %1 (%2) %3: %n node(s) done.</source>
        <translation>
            <numerusform>구간 %1 (%2) %3: 노드 %n개 완료.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+68" />
        <source>Run stopped by you at “%1”: %2 of %n node(s) done, %3 failed. Nothing was changed after that question.</source>
        <translation>
            <numerusform>“%1” 질문에서 사용자가 실행을 중지했습니다: 노드 %n개 중 %2개 완료, %3개 실패. 그 질문 이후에는 아무것도 변경하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>Run %1: %2 of %3 hops (%4), %5 of %n node(s) done, %6 failed.</source>
        <translation>
            <numerusform>실행 %1: 구간 %3개 중 %2개(%4), 노드 %n개 중 %5개 완료, %6개 실패.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>It stopped in hop %1 of %2 (%3); the node counts are that hop's.</source>
        <translation>구간 %1/%2(%3)에서 멈췄습니다. 노드 수는 그 구간의 것입니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Run %1: %2 of %n node(s) done, %3 failed.</source>
        <translation>
            <numerusform>실행 %1: 노드 %n개 중 %2개 완료, %3개 실패.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>Left cordoned by this run: %1. Roll back with: slipway rollback --journal %2</source>
        <translation>이 실행이 cordon 상태로 남긴 노드: %1. 롤백하려면: slipway rollback --journal %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The journal %1 records this finished run: the same command with it only reports this result again. Fix the cause, give back what the run left cordoned with slipway rollback --journal %1, then start a new run with a new --journal file.</source>
        <translation>저널 %1은(는) 이미 끝난 이 실행을 기록하고 있습니다. 같은 명령을 이 저널로 다시 실행하면 이 결과만 다시 보고합니다. 원인을 해결하고, slipway rollback --journal %1로 실행이 cordon한 노드를 되돌린 뒤, 새 --journal 파일로 새 실행을 시작하십시오.</translation>
    </message>
</context>
<context>
    <name>Slipway::RunJournal</name>
    <message>
        <location filename="../models/run/runjournal.cpp" line="+89" />
        <source>it is not a Slipway run journal (line 1 has no "kind": "SlipwayRunJournal")</source>
        <translation>Slipway 실행 저널이 아닙니다(1행에 "kind": "SlipwayRunJournal"이 없습니다)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>it is a run journal of format version %1; this Slipway reads version %2</source>
        <translation>형식 버전 %1의 실행 저널입니다. 이 Slipway는 버전 %2을(를) 읽습니다</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The run journal %1 exists already; give another --journal file, or resume that run.</source>
        <translation>실행 저널 %1이(가) 이미 있습니다. 다른 --journal 파일을 지정하거나 그 실행을 재개하십시오.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot create the folder %1 for the run journal.</source>
        <translation>실행 저널용 폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+4" />
        <source>Cannot write the run journal %1: %2</source>
        <translation>실행 저널 %1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cannot append to the run journal %1: %2</source>
        <translation>실행 저널 %1에 추가할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot open the run journal %1: %2</source>
        <translation>실행 저널 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The run journal %1 was written by a newer Slipway (format 1.%2; this one resumes up to 1.%3); resume it with that version.</source>
        <translation>실행 저널 %1은(는) 더 새로운 Slipway가 작성했습니다(형식 1.%2, 이 버전은 1.%3까지 재개할 수 있음). 그 버전으로 재개하십시오.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cannot repair the run journal %1: %2</source>
        <translation>실행 저널 %1을(를) 복구할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The run journal %1 does not exist.</source>
        <translation>실행 저널 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot read the run journal %1: %2</source>
        <translation>실행 저널 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 is not a Slipway run journal: it has no header line.</source>
        <translation>%1은(는) Slipway 실행 저널이 아닙니다: 헤더 행이 없습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not a Slipway run journal: line 1 is not a JSON object.</source>
        <translation>%1은(는) Slipway 실행 저널이 아닙니다: 1행이 JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The run journal %1 cannot be used: %2.</source>
        <translation>실행 저널 %1을(를) 사용할 수 없습니다: %2.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1:%2: the last line was cut short (the run was interrupted); it is ignored.</source>
        <translation>%1:%2: 마지막 행이 잘렸습니다(실행이 중단됨). 이 행은 무시합니다.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The run journal %1 is damaged: line %2 is not a JSON object.</source>
        <translation>실행 저널 %1이(가) 손상되었습니다: %2행이 JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1:%2: %3; the line is skipped.</source>
        <translation>%1:%2: %3. 이 행은 건너뜁니다.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Cannot write to the run journal %1: %2. The run stops before changing anything else.</source>
        <translation>실행 저널 %1에 쓸 수 없습니다: %2. 실행은 다른 것을 변경하기 전에 멈춥니다.</translation>
    </message>
</context>
<context>
    <name>Slipway::RunOrder</name>
    <message>
        <location filename="../models/run/runorder.cpp" line="+48" />
        <source>The target %1 is below the cluster's version %2; Slipway does not downgrade.</source>
        <translation>대상 %1이(가) 클러스터 버전 %2보다 낮습니다. Slipway는 다운그레이드하지 않습니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The plan refuses the target %1: %2</source>
        <translation>계획이 대상 %1을(를) 거부합니다: %2</translation>
    </message>
    <message>
        <location line="+90" />
        <source>The kubelet on %1 (%2) is too old for a control plane at %3: the plan takes it to %4 before the control plane. Add it to --nodes, or leave --nodes out.</source>
        <translation>%1의 kubelet(%2)은(는) %3 컨트롤 플레인에 비해 너무 오래되었습니다. 계획은 컨트롤 플레인보다 먼저 이 노드를 %4(으)로 올립니다. 이 노드를 --nodes에 추가하거나 --nodes를 빼십시오.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>A surge run on the practice cluster needs a control-plane node to ask for the new nodes; this cluster shows none. Use --strategy rolling.</source>
        <translation>연습용 클러스터에서 surge 실행을 하려면 새 노드를 요청할 컨트롤 플레인 노드가 필요하지만, 이 클러스터에는 없습니다. --strategy rolling을 사용하십시오.</translation>
    </message>
    <message>
        <location line="-93" />
        <source>Node "%1" is not in the cluster (nodes: %2).</source>
        <translation>클러스터에 없는 노드입니다: "%1"(노드: %2).</translation>
    </message>
    <message>
        <location line="-30" />
        <source>The run's hops (%1) are not the plan's path (%2).</source>
        <translation>실행의 구간(%1)이 계획의 경로(%2)와 다릅니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The plan's path (%1) does not end at the target %2.</source>
        <translation>계획의 경로(%1)가 목표 버전 %2에서 끝나지 않습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is more than one minor version away (the plan goes %2); a surge run takes one hop at a time: slipway upgrade --to %3 --strategy surge first, or use --strategy rolling.</source>
        <translation>%1은(는) 마이너 버전 하나보다 더 멀리 있습니다(계획의 경로: %2). surge 실행은 한 번에 한 구간씩 진행합니다. 먼저 slipway upgrade --to %3 --strategy surge를 실행하거나 --strategy rolling을 사용하십시오.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Control-plane node %1 is not at %2 yet; upgrade the control plane first (add it to --nodes, or leave --nodes out).</source>
        <translation>컨트롤 플레인 노드 %1이(가) 아직 %2 버전이 아닙니다. 먼저 컨트롤 플레인을 업그레이드하십시오(--nodes에 추가하거나 --nodes를 생략).</translation>
    </message>
</context>
<context>
    <name>Slipway::RunPage</name>
    <message>
        <location filename="../ui/wizard/runpage.cpp" line="+41" />
        <source>&amp;Next step</source>
        <translation>다음 단계(&amp;N)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run &amp;node</source>
        <translation>노드 실행(&amp;N)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run &amp;all</source>
        <translation>모두 실행(&amp;A)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+538" />
        <source>&amp;Pause</source>
        <translation>일시 정지(&amp;P)</translation>
    </message>
    <message>
        <location line="-537" />
        <source>A&amp;bort…</source>
        <translation>중단(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy commands</source>
        <translation>명령 복사(&amp;C)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Delete this pod…</source>
        <translation>이 Pod 삭제(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Wait 5 minutes longer…</source>
        <translation>5분 더 기다리기(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Disable e&amp;viction for this node…</source>
        <translation>이 노드의 축출 비활성화(&amp;V)…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every change waits for you: Next step does one phase of one node, Run node the rest of the node, Run all everything up to the gates you chose.</source>
        <translation>모든 변경은 사용자를 기다립니다: 다음 단계는 한 노드의 한 단계를, 노드 실행은 그 노드의 나머지를, 모두 실행은 선택한 확인 지점까지 전부를 진행합니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Run log</source>
        <translation>실행 로그</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Timeline</source>
        <translation>타임라인(&amp;T)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Log</source>
        <translation>로그(&amp;L)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Steps: nodes by phases</source>
        <translation>단계: 노드별, 단계별</translation>
    </message>
    <message>
        <location line="+75" />
        <source>Do the next phase of one node, then wait (F10)</source>
        <translation>한 노드의 다음 단계를 진행한 후 기다립니다(F10)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Finish the current node, then wait</source>
        <translation>현재 노드를 끝낸 후 기다립니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go on until the end, stopping only at the gates you chose</source>
        <translation>끝까지 계속하고, 선택한 확인 지점에서만 멈춥니다</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Commands of the selected step</source>
        <translation>선택한 단계의 명령</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Why the drain waits</source>
        <translation>drain이 기다리는 이유</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Why the drain waits:</source>
        <translation>drain이 기다리는 이유(&amp;W):</translation>
    </message>
    <message>
        <location line="+8" />
        <source>DELETE the selected pod now, bypassing its PodDisruptionBudget (recorded as an override)</source>
        <translation>선택한 Pod를 지금 DELETE합니다. PodDisruptionBudget을 우회합니다(재정의로 기록됨)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give this node's drain 5 more minutes before its timeout (recorded)</source>
        <translation>이 노드의 drain 제한 시간을 5분 늘립니다(기록됨)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>DELETE every pod still on this node instead of evicting it, as kubectl drain --disable-eviction does (bypasses budgets; recorded)</source>
        <translation>kubectl drain --disable-eviction처럼, 이 노드에 남은 모든 Pod를 축출하지 않고 DELETE합니다(예산을 우회함, 기록됨)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>error: </source>
        <translation>오류: </translation>
    </message>
    <message>
        <location line="+16" />
        <source>⚠ needs you — </source>
        <translation>⚠ 조치 필요 — </translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 on %2: %3</source>
        <translation>%2의 %1: %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The run did not start: %1</source>
        <translation>실행이 시작되지 않았습니다: %1</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Resuming the run recorded in %1.</source>
        <translation>%1에 기록된 실행을 재개합니다.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Hop %1 of %2: %3</source>
        <translation>구간 %1/%2: %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: %2 started</source>
        <translation>%1: %2 시작</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: %2 %3%4</source>
        <translation>%1: %2 %3%4</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1: do these commands on the node, Slipway checks the result:
%2</source>
        <translation>%1: 노드에서 다음 명령을 실행하십시오. Slipway가 결과를 확인합니다:
%2</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Resumed.</source>
        <translation>재개되었습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Paused: running drains stop retrying; nodes stay as they are.</source>
        <translation>일시 정지됨: 진행 중인 drain은 재시도를 멈추고, 노드는 현재 상태를 유지합니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Abort the run?</source>
        <translation>실행을 중단하시겠습니까?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The run stops for good; every node keeps the state it is in now. You can then uncordon the nodes Slipway cordoned.</source>
        <translation>실행이 완전히 멈추며, 모든 노드는 현재 상태를 유지합니다. 그다음 Slipway가 cordon한 노드를 uncordon할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Delete the pod?</source>
        <translation>Pod를 삭제하시겠습니까?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete %1 now? This bypasses its PodDisruptionBudget: the workload may drop below the minimum it asked for. Recorded as an override.</source>
        <translation>%1을(를) 지금 삭제하시겠습니까? PodDisruptionBudget을 우회하므로 워크로드가 요청한 최솟값 아래로 떨어질 수 있습니다. 재정의로 기록됩니다.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Wait longer?</source>
        <translation>더 기다리시겠습니까?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the drain of %1 five more minutes? Recorded as an override.</source>
        <translation>%1의 drain에 5분을 더 주시겠습니까? 재정의로 기록됩니다.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Disable eviction?</source>
        <translation>축출을 비활성화하시겠습니까?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop evicting on %1 and DELETE every pod still on it? This bypasses every PodDisruptionBudget of those pods, as kubectl drain --disable-eviction does. Recorded as an override.</source>
        <translation>%1에서 축출을 멈추고 남은 모든 Pod를 DELETE하시겠습니까? kubectl drain --disable-eviction처럼 해당 Pod의 모든 PodDisruptionBudget을 우회합니다. 재정의로 기록됩니다.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Run %1: %2 node(s) done, %3 failed.</source>
        <translation>실행 %1: 노드 %2개 완료, %3개 실패.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Uncordon?</source>
        <translation>uncordon하시겠습니까?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Slipway cordoned these nodes and they are still cordoned: %1. Uncordon them now?</source>
        <translation>Slipway가 cordon한 다음 노드가 아직 cordon 상태입니다: %1. 지금 uncordon하시겠습니까?</translation>
    </message>
    <message>
        <location line="+19" />
        <source>&lt;b&gt;%1 on %2&lt;/b&gt; — %3</source>
        <translation>&lt;b&gt;%2의 %1&lt;/b&gt; — %3</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Resume</source>
        <translation>재개(&amp;R)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Not started.</source>
        <translation>시작 전.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Finished: %1.</source>
        <translation>완료: %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paused.</source>
        <translation>일시 정지됨.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Waiting for you.</source>
        <translation>사용자를 기다리는 중.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Running: %1 of %2 steps done.</source>
        <translation>실행 중: %2단계 중 %1단계 완료.</translation>
    </message>
</context>
<context>
    <name>Slipway::RunPreflight</name>
    <message>
        <location filename="../models/run/runpreflight.cpp" line="+15" />
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <location line="+1" />
        <source> (%1 would cover it)</source>
        <translation> (%1(으)로 해결 가능)</translation>
    </message>
</context>
<context>
    <name>Slipway::RunSpec</name>
    <message>
        <location filename="../models/run/runspec.cpp" line="+125" />
        <source>An upgrade run needs a target version (--to).</source>
        <translation>업그레이드 실행에는 대상 버전(--to)이 필요합니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>--max-unavailable must be at least 1 (got %1).</source>
        <translation>--max-unavailable은 1 이상이어야 합니다(현재 값: %1).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The soak time cannot be negative.</source>
        <translation>안정화 대기 시간은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A surge run needs at least one new node.</source>
        <translation>surge 실행에는 새 노드가 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The command executor needs a command template (--node-command or --command).</source>
        <translation>command 실행기에는 명령 템플릿(--node-command 또는 --command)이 필요합니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The command template "%1" has no {node}: it would run the same command for every node. Put {node} where the node's name goes, e.g. "ssh {node} sudo reboot".</source>
        <translation>명령 템플릿 "%1"에 {node}가 없습니다: 모든 노드에서 같은 명령이 실행됩니다. 노드 이름이 들어갈 자리에 {node}를 넣으십시오(예: "ssh {node} sudo reboot").</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The run's last hop %1 is not its target %2.</source>
        <translation>실행의 마지막 구간 %1이(가) 목표 버전 %2이(가) 아닙니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The hop from %1 to %2 is not one step up of at most one minor version.</source>
        <translation>%1에서 %2(으)로 가는 구간은 마이너 버전 하나 이하만 올리는 구간이 아닙니다.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Node "%1" is listed twice.</source>
        <translation>노드 "%1"이(가) 두 번 나열되었습니다.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>The run's kind, strategy or executor is not one Slipway knows.</source>
        <translation>Slipway가 알지 못하는 실행 종류, 전략 또는 실행기입니다.</translation>
    </message>
</context>
<context>
    <name>Slipway::RunStepperModel</name>
    <message>
        <location filename="../models/items/runsteppermodel.cpp" line="+262" />
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Waiting</source>
        <translation>기다리는 중</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Aborted</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1 on %2: %3</source>
        <translation>%2의 %1: %3</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+39" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Slipway::ScenarioExpander</name>
    <message>
        <location filename="../sim/scenario/scenarioexpander.cpp" line="+65" />
        <source>%1 "%2/%3" refers to unknown node "%4"</source>
        <translation>%1 "%2/%3"에서 알 수 없는 노드를 참조합니다: "%4"</translation>
    </message>
</context>
<context>
    <name>Slipway::ScenarioLoader</name>
    <message>
        <location filename="../sim/scenario/scenarioloader.cpp" line="+45" />
        <source>must be "slipway/v1", got "%1"</source>
        <translation>"slipway/v1"이어야 합니다(현재 값: "%1")</translation>
    </message>
    <message>
        <location line="+4" />
        <source>must be "Scenario", got "%1"</source>
        <translation>"Scenario"여야 합니다(현재 값: "%1")</translation>
    </message>
    <message>
        <location line="+12" />
        <source>must be an ISO 8601 date and time like 2025-09-01T08:00:00Z, got "%1"</source>
        <translation>2025-09-01T08:00:00Z 같은 ISO 8601 날짜 및 시각이어야 합니다(현재 값: "%1")</translation>
    </message>
    <message>
        <location line="+39" />
        <source>a scenario needs at least one node</source>
        <translation>시나리오에는 노드가 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <location line="+4" />
        <source>must be a list of nodes</source>
        <translation>노드 목록이어야 합니다</translation>
    </message>
    <message>
        <location line="+18" />
        <source>duplicate node name "%1" (first defined at line %2)</source>
        <translation>중복된 노드 이름 "%1"(처음 정의된 위치: %2행)</translation>
    </message>
    <message>
        <location line="+29" />
        <source>must be true, false or unknown, got "%1"</source>
        <translation>true, false, unknown 중 하나여야 합니다(현재 값: "%1")</translation>
    </message>
    <message>
        <location line="+7" />
        <source>unknown control-plane component "%1" (expected one of %2)</source>
        <translation>알 수 없는 컨트롤 플레인 구성 요소 "%1"(가능한 값: %2)</translation>
    </message>
    <message>
        <location line="+40" />
        <source>must be a list of workloads</source>
        <translation>워크로드 목록이어야 합니다</translation>
    </message>
    <message>
        <location line="+17" />
        <source>unknown kind "%1" (expected one of %2)</source>
        <translation>알 수 없는 kind "%1"(가능한 값: %2)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>duplicate %1 "%2/%3" (first defined at line %4)</source>
        <translation>중복된 %1 "%2/%3"(처음 정의된 위치: %4행)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>a DaemonSet has no replicas: it runs one pod on every eligible node</source>
        <translation>DaemonSet에는 replicas가 없습니다. 조건에 맞는 모든 노드에서 Pod를 하나씩 실행합니다</translation>
    </message>
    <message>
        <location line="+18" />
        <source>must be Pending, Running, Succeeded or Failed, got "%1"</source>
        <translation>Pending, Running, Succeeded, Failed 중 하나여야 합니다(현재 값: "%1")</translation>
    </message>
    <message>
        <location line="+10" />
        <source>must be a list</source>
        <translation>목록이어야 합니다</translation>
    </message>
    <message>
        <location line="+22" />
        <source>must be a whole number or a percentage like "50%", got "%1"</source>
        <translation>정수 또는 "50%" 같은 백분율이어야 합니다(현재 값: "%1")</translation>
    </message>
    <message>
        <location line="+9" />
        <source>set either minAvailable or maxUnavailable, not both (as the API requires)</source>
        <translation>minAvailable과 maxUnavailable 중 하나만 설정하십시오(API 요구 사항)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>needs minAvailable or maxUnavailable</source>
        <translation>minAvailable 또는 maxUnavailable이 필요합니다</translation>
    </message>
    <message>
        <location line="+44" />
        <source>There is no bundled practice scenario named "%1". Available: %2.</source>
        <translation>"%1" 이름의 기본 제공 연습 시나리오가 없습니다. 사용 가능한 시나리오: %2.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>cannot read the scenario file: %1</source>
        <translation>시나리오 파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>YAML syntax error: %1</source>
        <translation>YAML 구문 오류: %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>unexpected structure: %1</source>
        <translation>예상하지 못한 구조: %1</translation>
    </message>
</context>
<context>
    <name>Slipway::ScenarioReader</name>
    <message>
        <location filename="../sim/scenario/scenarioreader.cpp" line="+64" />
        <source>expected a mapping of fields</source>
        <translation>필드 매핑이어야 합니다</translation>
    </message>
    <message>
        <location line="+23" />
        <source>unknown field "%1"</source>
        <translation>알 수 없는 필드 "%1"</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unknown field "%1" (did you mean "%2"?)</source>
        <translation>알 수 없는 필드 "%1"(혹시 "%2" 필드인가요?)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>required field is missing</source>
        <translation>필수 필드가 없습니다</translation>
    </message>
    <message>
        <location line="+4" />
        <source>must be a single value, not a list or mapping</source>
        <translation>목록이나 매핑이 아닌 단일 값이어야 합니다</translation>
    </message>
    <message>
        <location line="+16" />
        <source>must be a whole number from %1 to %2, got "%3"</source>
        <translation>%1~%2 범위의 정수여야 합니다(현재 값: "%3")</translation>
    </message>
    <message>
        <location line="+15" />
        <source>must be true or false, got "%1"</source>
        <translation>true 또는 false여야 합니다(현재 값: "%1")</translation>
    </message>
    <message>
        <location line="+10" />
        <source>must be a mapping of names to values</source>
        <translation>이름과 값의 매핑이어야 합니다</translation>
    </message>
    <message>
        <location line="+7" />
        <source>must be a single value</source>
        <translation>단일 값이어야 합니다</translation>
    </message>
    <message>
        <location line="+15" />
        <source>must be a list</source>
        <translation>목록이어야 합니다</translation>
    </message>
    <message>
        <location line="+6" />
        <source>list items must be single values</source>
        <translation>목록 항목은 단일 값이어야 합니다</translation>
    </message>
    <message>
        <location line="+24" />
        <source>is not a CPU quantity (like "2" or "500m"): "%1"</source>
        <translation>올바른 CPU 값이 아닙니다(예: "2", "500m"): "%1"</translation>
    </message>
    <message>
        <location line="+7" />
        <source>is not a memory quantity (like "16Gi" or "512Mi"): "%1"</source>
        <translation>올바른 메모리 값이 아닙니다(예: "16Gi", "512Mi"): "%1"</translation>
    </message>
    <message>
        <location line="+17" />
        <source>must be a list of taints</source>
        <translation>taint 목록이어야 합니다</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+33" />
        <source>must be NoSchedule, PreferNoSchedule or NoExecute, got "%1"</source>
        <translation>NoSchedule, PreferNoSchedule, NoExecute 중 하나여야 합니다(현재 값: "%1")</translation>
    </message>
    <message>
        <location line="-19" />
        <source>must be a list of tolerations</source>
        <translation>toleration 목록이어야 합니다</translation>
    </message>
    <message>
        <location line="+14" />
        <source>must be Equal or Exists, got "%1"</source>
        <translation>Equal 또는 Exists여야 합니다(현재 값: "%1")</translation>
    </message>
</context>
<context>
    <name>Slipway::ServeDemoCommand</name>
    <message>
        <location filename="../app/servedemocommand.cpp" line="+66" />
        <source>--listen must be ADDRESS:PORT, e.g. 127.0.0.1:6443 or [::1]:0 (port 0 picks a free port), not "%1"</source>
        <translation>--listen은 127.0.0.1:6443 또는 [::1]:0 같은 ADDRESS:PORT 형식이어야 합니다(포트 0이면 빈 포트를 자동으로 선택). 현재 값: "%1"</translation>
    </message>
    <message>
        <location line="+149" />
        <source>give only one source: --scenario, --scenario-file, --from-dump or --kubeconfig/--context</source>
        <translation>소스는 하나만 지정하십시오: --scenario, --scenario-file, --from-dump 또는 --kubeconfig/--context</translation>
    </message>
    <message>
        <location line="-36" />
        <source>Serves the practice cluster as a real Kubernetes API over HTTPS on this computer, so that kubectl and Slipway's live-cluster client can talk to it. Writes a kubeconfig with two contexts: one logs in with a bearer token (the current context), the other with a client certificate. The CA, certificates and token are created on the first start and kept in the state directory.</source>
        <translation>연습용 클러스터를 이 컴퓨터에서 HTTPS를 통한 실제 Kubernetes API로 제공하여 kubectl과 Slipway의 라이브 클러스터 클라이언트가 접속할 수 있게 합니다. 컨텍스트가 두 개인 kubeconfig를 작성합니다. 하나는 bearer 토큰으로 로그인하고(현재 컨텍스트), 다른 하나는 클라이언트 인증서로 로그인합니다. CA, 인증서, 토큰은 처음 시작할 때 생성되어 상태 디렉터리에 보관됩니다.</translation>
    </message>
    <message>
        <location line="-38" />
        <source>The bundled practice scenario (default: default).</source>
        <translation>기본 제공 연습 시나리오(기본값: default).</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+13" />
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="-10" />
        <source>A practice scenario from a YAML file.</source>
        <translation>YAML 파일로 된 연습 시나리오.</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+3" />
        <location line="+5" />
        <location line="+10" />
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Loopback address and port (default: 127.0.0.1:6443; port 0 picks a free one).</source>
        <translation>루프백 주소와 포트(기본값: 127.0.0.1:6443, 포트 0이면 빈 포트를 자동으로 선택).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>address:port</source>
        <translation>주소:포트</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Where to write the kubeconfig (default: kubeconfig in the state directory).</source>
        <translation>kubeconfig를 작성할 위치(기본값: 상태 디렉터리의 kubeconfig).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Where the CA, certificates and token are kept (default: %1).</source>
        <translation>CA, 인증서, 토큰을 보관할 위치(기본값: %1).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>dir</source>
        <translation>디렉터리</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How fast the practice cluster's clock runs, 1 to 600 times real time (default: 1).</source>
        <translation>연습용 클러스터의 시계 속도. 실제 시간의 1~600배(기본값: 1).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>factor</source>
        <translation>배율</translation>
    </message>
    <message>
        <location line="+3" />
        <source>For tests: fail a share of requests, e.g. 5xx=0.05,drop=0.02,latency=200ms,seed=7 (off by default; health checks are exempt).</source>
        <translation>테스트용: 요청의 일부를 실패시킵니다. 예: 5xx=0.05,drop=0.02,latency=200ms,seed=7(기본값은 꺼짐, 상태 확인은 제외).</translation>
    </message>
    <message>
        <location line="+86" />
        <source>--faults: %1</source>
        <translation>--faults: %1</translation>
    </message>
    <message>
        <location line="-84" />
        <source>spec</source>
        <translation>사양</translation>
    </message>
    <message>
        <location line="-94" />
        <source>--listen: "%1" is neither an IP address nor a name that resolves (%2); use 127.0.0.1, ::1 or localhost</source>
        <translation>--listen: "%1"은(는) IP 주소도 아니고 확인(resolve)되는 이름도 아닙니다(%2). 127.0.0.1, ::1 또는 localhost를 사용하십시오</translation>
    </message>
    <message>
        <location line="+12" />
        <source>refusing to listen on %1: it resolves to %2, which is not a loopback address; the practice cluster only serves this computer (use 127.0.0.1, ::1 or localhost)</source>
        <translation>%1에서 수신을 거부합니다: %2(으)로 확인되며 이는 루프백 주소가 아닙니다. 연습용 클러스터는 이 컴퓨터에만 제공됩니다(127.0.0.1, ::1 또는 localhost를 사용하십시오)</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Serve a practice copy of a `kubectl get … -o json` dump (repeatable).</source>
        <translation>`kubectl get … -o json` 덤프의 연습용 사본을 제공합니다(여러 번 지정 가능).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Serve a practice copy of this live cluster, read once (names only; nothing is written to it).</source>
        <translation>이 라이브 클러스터를 한 번 읽어 만든 연습용 사본을 제공합니다(이름만 사용하며, 라이브 클러스터에는 아무것도 쓰지 않습니다).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The kubeconfig context of the live cluster to copy.</source>
        <translation>복사할 라이브 클러스터의 kubeconfig 컨텍스트.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>The sub-command.</source>
        <translation>하위 명령.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>unexpected argument "%1"</source>
        <translation>예상하지 못한 인수 "%1"</translation>
    </message>
    <message>
        <location line="+9" />
        <source>refusing to listen on %1: the practice cluster only serves loopback addresses (127.0.0.1, ::1 or localhost), so that nothing outside this computer can reach it</source>
        <translation>%1에서 수신 대기하지 않습니다: 연습용 클러스터는 이 컴퓨터 외부에서 접근할 수 없도록 루프백 주소(127.0.0.1, ::1 또는 localhost)에서만 제공됩니다</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--speed must be a number from 1 to 600, not "%1"</source>
        <translation>--speed는 1~600 범위의 숫자여야 합니다(현재 값: "%1")</translation>
    </message>
    <message>
        <location line="+78" />
        <source> (try --listen 127.0.0.1:0 for a free port)</source>
        <translation> (빈 포트를 사용하려면 --listen 127.0.0.1:0을 사용해 보십시오)</translation>
    </message>
    <message>
        <location line="-33" />
        <source>Serving the practice cluster "%1" (Kubernetes %2) at %3 (port %4)</source>
        <translation>연습용 클러스터 제공 중: "%1"(Kubernetes %2), 주소 %3(포트 %4)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clock: %1x real time</source>
        <translation>시계: 실제 시간의 %1배</translation>
    </message>
    <message>
        <location line="+1" />
        <source>kubeconfig: %1</source>
        <translation>kubeconfig: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>  contexts: %1 (bearer token, current), %2 (client certificate)</source>
        <translation>  컨텍스트: %1(bearer 토큰, 현재), %2(클라이언트 인증서)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Try: kubectl --kubeconfig %1 get nodes</source>
        <translation>사용해 보기: kubectl --kubeconfig %1 get nodes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Press Ctrl+C to stop.</source>
        <translation>중지하려면 Ctrl+C를 누르십시오.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fault injection is on: %1</source>
        <translation>장애 주입 사용 중: %1</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Stopped.</source>
        <translation>중지되었습니다.</translation>
    </message>
</context>
<context>
    <name>Slipway::SkewPolicy</name>
    <message>
        <location filename="../models/skewpolicy.cpp" line="+42" />
        <source>%1 reports no version.</source>
        <translation>%1에서 버전을 보고하지 않습니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 on %2 reports no version.</source>
        <translation>%2 노드의 %1에서 버전을 보고하지 않습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 reports a version Slipway cannot read: "%2".</source>
        <translation>%1에서 Slipway가 읽을 수 없는 버전을 보고합니다: "%2".</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 on %2 reports a version Slipway cannot read: "%3".</source>
        <translation>%2 노드의 %1에서 Slipway가 읽을 수 없는 버전을 보고합니다: "%3".</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check the %1 version; skew rules for it are skipped until it reads like v1.34.2.</source>
        <translation>%1 버전을 확인하십시오. 버전이 v1.34.2 같은 형식이 될 때까지 이 구성 요소의 버전 차이(skew) 규칙은 검사하지 않습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check the %1 version on %2; skew rules for it are skipped until it reads like v1.34.2.</source>
        <translation>%2 노드의 %1 버전을 확인하십시오. 버전이 v1.34.2 같은 형식이 될 때까지 이 구성 요소의 버전 차이(skew) 규칙은 검사하지 않습니다.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+132" />
        <source>kube-apiserver on %1 (%2) is %3 minor versions older than the newest kube-apiserver (%4); instances must be within one minor version.</source>
        <translation>%1 노드의 kube-apiserver(%2)가 가장 최신 kube-apiserver(%4)보다 마이너 버전이 %3개 낮습니다. 인스턴스 간 차이는 마이너 버전 하나 이내여야 합니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Upgrade kube-apiserver on %1 one minor version at a time (kubeadm upgrade node) until it reaches %2.</source>
        <translation>%1 노드의 kube-apiserver를 %2 버전에 도달할 때까지 한 번에 마이너 버전 하나씩 업그레이드하십시오(kubeadm upgrade node).</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The kube-apiserver instances run different versions (%1); kubeadm warns until every control-plane node runs the same version.</source>
        <translation>kube-apiserver 인스턴스의 버전이 서로 다릅니다(%1). 모든 컨트롤 플레인 노드가 같은 버전을 실행할 때까지 kubeadm이 경고합니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Finish the control-plane upgrade: run kubeadm upgrade node on %1 to reach %2.</source>
        <translation>컨트롤 플레인 업그레이드를 완료하십시오: %1 노드에서 kubeadm upgrade node를 실행하여 %2 버전으로 맞추십시오.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The kubelet on %1 (%2) is newer than the oldest kube-apiserver (%3); a kubelet must not be newer than kube-apiserver.</source>
        <translation>%1 노드의 kubelet(%2)이 가장 오래된 kube-apiserver(%3)보다 최신입니다. kubelet은 kube-apiserver보다 최신이면 안 됩니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Upgrade every kube-apiserver to %1 (the control plane goes first), or reinstall the kubelet on %2 at %3.</source>
        <translation>모든 kube-apiserver를 %1 버전으로 업그레이드하거나(컨트롤 플레인을 먼저 업그레이드합니다), %2 노드의 kubelet을 %3 버전으로 다시 설치하십시오.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The kubelet on %1 (%2) is %3 minor versions older than the newest kube-apiserver (%4); at most %5 are supported.</source>
        <translation>%1 노드의 kubelet(%2)이 가장 최신 kube-apiserver(%4)보다 마이너 버전이 %3개 낮습니다. 최대 %5개까지만 지원됩니다.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Upgrade the kubelet on %1 to %2 or newer, one minor version at a time, draining the node first.</source>
        <translation>먼저 노드를 drain한 다음, %1 노드의 kubelet을 한 번에 마이너 버전 하나씩 %2 이상으로 업그레이드하십시오.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The kubelet on %1 (%2) is %3 minor versions behind the newest kube-apiserver (%4), the most the policy allows.</source>
        <translation>%1 노드의 kubelet(%2)이 가장 최신 kube-apiserver(%4)보다 마이너 버전이 %3개 낮으며, 이는 정책이 허용하는 최대치입니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../models/skewpolicysupport.cpp" line="+248" />
        <location line="+12" />
        <source>Upgrade the kubelet on %1 to %2 or newer before upgrading the control plane to %3.</source>
        <translation>컨트롤 플레인을 %3 버전으로 업그레이드하기 전에 %1 노드의 kubelet을 %2 이상으로 업그레이드하십시오.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>kube-proxy (%1) is newer than the oldest kube-apiserver (%2).</source>
        <translation>kube-proxy(%1)가 가장 오래된 kube-apiserver(%2)보다 최신입니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Upgrade every kube-apiserver to %1 before kube-proxy.</source>
        <translation>kube-proxy보다 먼저 모든 kube-apiserver를 %1 버전으로 업그레이드하십시오.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>kube-proxy (%1) is %2 minor versions older than the newest kube-apiserver (%3); at most %4 are supported.</source>
        <translation>kube-proxy(%1)가 가장 최신 kube-apiserver(%3)보다 마이너 버전이 %2개 낮습니다. 최대 %4개까지만 지원됩니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+15" />
        <source>Upgrade the kube-proxy DaemonSet to %1 or newer.</source>
        <translation>kube-proxy DaemonSet을 %1 이상으로 업그레이드하십시오.</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Upgrade the kubelet on %1 to %2 or newer.</source>
        <translation>%1 노드의 kubelet을 %2 이상으로 업그레이드하십시오.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>kube-proxy (%1) is %2 minor versions away from the kubelet on %3 (%4); at most %5 are supported.</source>
        <translation>kube-proxy(%1)와 %3 노드의 kubelet(%4)의 마이너 버전 차이가 %2입니다. 최대 %5까지만 지원됩니다.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1 on %2 (%3) is newer than the oldest kube-apiserver (%4); it must not be newer than any kube-apiserver it talks to.</source>
        <translation>%2 노드의 %1 버전(%3)이 가장 오래된 kube-apiserver(%4)보다 최신입니다. 통신하는 어떤 kube-apiserver보다도 최신이면 안 됩니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Upgrade the remaining kube-apiserver instances to %1.</source>
        <translation>나머지 kube-apiserver 인스턴스를 %1 버전으로 업그레이드하십시오.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 on %2 (%3) is more than one minor version older than the newest kube-apiserver (%4).</source>
        <translation>%2 노드의 %1 버전(%3)이 가장 최신 kube-apiserver(%4)보다 마이너 버전이 2개 이상 낮습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Upgrade %1 on %2 to %3 (kubeadm upgrade node on that node).</source>
        <translation>%2 노드의 %1 구성 요소를 %3 버전으로 업그레이드하십시오(해당 노드에서 kubeadm upgrade node 실행).</translation>
    </message>
    <message>
        <location filename="../models/skewpolicysupport.cpp" line="-178" />
        <source>%1 is not in Slipway's release catalog (release data as of %2).</source>
        <translation>%1 버전이 Slipway 릴리스 카탈로그에 없습니다(릴리스 데이터 기준일: %2).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Update Slipway for newer release data; support dates for %1 are not checked.</source>
        <translation>최신 릴리스 데이터를 사용하려면 Slipway를 업데이트하십시오. %1의 지원 기간은 확인하지 않습니다.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Kubernetes %1 reached end of life on %2; it no longer gets patches, including security fixes.</source>
        <translation>Kubernetes %1 버전은 %2에 지원이 종료(EOL)되었습니다. 보안 수정을 포함한 패치를 더 이상 받을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Kubernetes %1 is past end of life: three newer minor versions have been released.</source>
        <translation>Kubernetes %1 버전은 지원이 종료(EOL)되었습니다. 더 새로운 마이너 버전 3개가 이미 릴리스되었습니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Upgrade one minor version at a time, starting with %1, to a supported version (%2).</source>
        <translation>%1부터 시작하여 지원되는 버전(%2)까지 한 번에 마이너 버전 하나씩 업그레이드하십시오.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Kubernetes %1 has been in maintenance mode since %2 (critical and security fixes only) and reaches end of life on %3.</source>
        <translation>Kubernetes %1 버전은 %2부터 유지 관리 모드(중요 수정 및 보안 수정만 제공)이며 %3에 지원이 종료(EOL)됩니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Upgrade to %1 before %2.</source>
        <translation>%2 전에 %1 버전으로 업그레이드하십시오.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Kubernetes %1 is no longer one of the three newest minor versions (%2) and reaches end of life on %3.</source>
        <translation>Kubernetes %1 버전은 더 이상 최신 마이너 버전 3개(%2)에 속하지 않으며 %3에 지원이 종료(EOL)됩니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Kubernetes %1 is not one of the three newest minor versions (%2).</source>
        <translation>Kubernetes %1 버전은 최신 마이너 버전 3개(%2)에 속하지 않습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Plan the upgrade to %1.</source>
        <translation>%1 버전으로의 업그레이드를 계획하십시오.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 is not the newest patch of %2: %3 was released on %4.</source>
        <translation>%1 버전은 %2의 최신 패치가 아닙니다. %4에 %3 버전이 릴리스되었습니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Upgrade to %1 first; the skew policy recommends the newest patch before a minor upgrade.</source>
        <translation>먼저 %1 버전으로 업그레이드하십시오. 버전 차이(skew) 정책은 마이너 업그레이드 전에 최신 패치를 적용할 것을 권장합니다.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>could not find officially supported version of etcd for Kubernetes %1, falling back to the nearest etcd version (%2)</source>
        <translation>Kubernetes %1에 대해 공식 지원되는 etcd 버전을 찾을 수 없어 가장 가까운 etcd 버전(%2)을 사용합니다</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check the etcd version that kubeadm %1 installs before upgrading.</source>
        <translation>업그레이드하기 전에 kubeadm %1 버전이 설치하는 etcd 버전을 확인하십시오.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 moves etcd on %2 from %3 to %4.</source>
        <translation>%1에서는 %2 노드의 etcd를 %3에서 %4 버전으로 변경합니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Take an etcd snapshot on %1 (etcdctl snapshot save) before upgrading the control plane; etcd changes minor version.</source>
        <translation>컨트롤 플레인을 업그레이드하기 전에 %1 노드에서 etcd 스냅샷을 만드십시오(etcdctl snapshot save). etcd의 마이너 버전이 바뀝니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing to do: kubeadm upgrade replaces the etcd static pod on %1.</source>
        <translation>별도 작업이 필요 없습니다. kubeadm upgrade가 %1 노드의 etcd static Pod를 교체합니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>etcd on %1 (%2) is newer than the %3 that %4 ships.</source>
        <translation>%1 노드의 etcd(%2)가 %4에 포함된 %3 버전보다 최신입니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check why etcd on %1 runs %2 before upgrading; %3 expects %4.</source>
        <translation>업그레이드하기 전에 %1 노드의 etcd가 %2 버전을 실행하는 이유를 확인하십시오. %3에서는 %4 버전을 사용합니다.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 upgrades CoreDNS from %2 to %3.</source>
        <translation>%1에서는 CoreDNS를 %2에서 %3 버전으로 업그레이드합니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review custom changes to the CoreDNS Corefile; kubeadm checks the Corefile migration before upgrading.</source>
        <translation>CoreDNS Corefile의 사용자 지정 변경 사항을 검토하십시오. kubeadm은 업그레이드 전에 Corefile 마이그레이션을 검사합니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>CoreDNS (%1) is newer than the %2 that %3 ships.</source>
        <translation>CoreDNS(%1)가 %3에 포함된 %2 버전보다 최신입니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the CoreDNS Deployment is managed the way you expect before upgrading.</source>
        <translation>업그레이드하기 전에 CoreDNS Deployment가 의도한 방식으로 관리되고 있는지 확인하십시오.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>kubeadm %1 refuses to upgrade the control plane while the kubelet on %2 runs %3; it accepts kubelets down to %4.</source>
        <translation>%2 노드의 kubelet이 %3 버전이므로 kubeadm %1 버전은 컨트롤 플레인 업그레이드를 거부합니다. kubeadm은 %4 이상의 kubelet만 허용합니다.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The kubelet on %1 (%2) will be %3 minor versions behind once the control plane runs %4; at most %5 are supported.</source>
        <translation>컨트롤 플레인이 %4 버전이 되면 %1 노드의 kubelet(%2)은 마이너 버전이 %3개 낮아집니다. 최대 %5개까지만 지원됩니다.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>version difference between client (%1) and server (%2) exceeds the supported minor version skew of +/-1</source>
        <translation>클라이언트(%1)와 서버(%2)의 버전 차이가 지원되는 마이너 버전 차이(skew)인 +/-1을 초과합니다</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Install kubectl %1.</source>
        <translation>kubectl %1 버전을 설치하십시오.</translation>
    </message>
</context>
<context>
    <name>Slipway::StrategyPage</name>
    <message>
        <location filename="../ui/wizard/strategypage.cpp" line="+26" />
        <source>&amp;Rolling</source>
        <translation>롤링(&amp;R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;All at once</source>
        <translation>한꺼번에(&amp;A)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Surge (new nodes first)</source>
        <translation>서지 - 새 노드 먼저(&amp;S)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Ask before each &amp;node</source>
        <translation>각 노드 전에 묻기(&amp;N)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ask before each &amp;uncordon</source>
        <translation>각 uncordon 전에 묻기(&amp;U)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Re&amp;hearse…</source>
        <translation>리허설(&amp;H)…</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+84" />
        <source>Strategy</source>
        <translation>전략</translation>
    </message>
    <message>
        <location line="-83" />
        <source>How many nodes go out of service at a time, in which order, who does the work on each node, and where the run stops to ask.</source>
        <translation>한 번에 몇 개의 노드를 서비스에서 빼는지, 어떤 순서로 진행하는지, 각 노드의 작업을 누가 하는지, 실행이 어디에서 멈추고 물어볼지 정합니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Move u&amp;p</source>
        <translation>위로 이동(&amp;P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move do&amp;wn</source>
        <translation>아래로 이동(&amp;W)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Alt+Up in the list</source>
        <translation>목록에서 Alt+Up</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alt+Down in the list</source>
        <translation>목록에서 Alt+Down</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Node &amp;order</source>
        <translation>노드 순서(&amp;O)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Gates</source>
        <translation>확인 지점</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Play the run with this strategy and order on a practice copy of the cluster and see what it would meet. Nothing is changed on the cluster.</source>
        <translation>이 전략과 순서로 클러스터의 연습용 사본에서 실행해 보고 무엇을 만나게 될지 확인합니다. 클러스터에서는 아무것도 바뀌지 않습니다.</translation>
    </message>
    <message>
        <location line="+34" />
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <location line="+7" />
        <source>⚠ Every worker is drained at the same time: workloads have no node to move to and are down until the nodes come back.</source>
        <translation>⚠ 모든 워커 노드를 동시에 drain합니다: 워크로드가 옮겨 갈 노드가 없으므로 노드가 돌아올 때까지 중단됩니다.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Max &amp;unavailable:</source>
        <translation>최대 사용 불가 노드 수(&amp;U):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;oak after each node:</source>
        <translation>각 노드 후 안정화 대기(&amp;O):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New nodes &amp;first (surge):</source>
        <translation>먼저 추가할 새 노드 수(서지)(&amp;F):</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+28" />
        <source>Command template</source>
        <translation>명령 템플릿</translation>
    </message>
    <message>
        <location line="-24" />
        <source>Who upgrades each node</source>
        <translation>각 노드를 업그레이드할 주체</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Executor:</source>
        <translation>실행기(&amp;E):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Template:</source>
        <translation>템플릿(&amp;T):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Strategy for the maintenance</source>
        <translation>유지보수 전략</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Strategy for the upgrade</source>
        <translation>업그레이드 전략</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Practice cluster agent</source>
        <translation>연습용 클러스터 에이전트</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Manual (Slipway shows the commands, you run them)</source>
        <translation>수동(Slipway가 명령을 보여 주고, 사용자가 실행)</translation>
    </message>
    <message>
        <location line="+72" />
        <source>Estimated duration: about %1 (typical phase lengths; PDB waits and slow nodes add to it).</source>
        <translation>예상 소요 시간: 약 %1(일반적인 단계 소요 시간 기준. PDB 대기와 느린 노드가 있으면 더 걸립니다).</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Checking the pre-flight with this strategy and order…</source>
        <translation>이 전략과 순서로 사전 점검을 확인하는 중…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pre-flight with this strategy and order: nothing blocks.</source>
        <translation>이 전략과 순서의 사전 점검: 막는 것이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>⚠ With this strategy and order the pre-flight finds %n blocker(s): go back to Pre-flight to cover them, or take fewer nodes at a time.</source>
        <translation>
            <numerusform>⚠ 이 전략과 순서로는 사전 점검에서 차단 요인 %n개가 발견됩니다: 사전 점검으로 돌아가 허용하거나, 한 번에 진행하는 노드 수를 줄이십시오.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slipway::StudentsPanel</name>
    <message>
        <location filename="../ui/training/studentspanel.cpp" line="+39" />
        <source>Copy &amp;path</source>
        <translation>경로 복사(&amp;P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy &amp;kubeconfig</source>
        <translation>kubeconfig 복사(&amp;K)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The file's contents, to paste into the students' ~/.kube/config</source>
        <translation>학생의 ~/.kube/config에 붙여 넣을 파일 내용</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Commands for the students to try</source>
        <translation>학생이 실습해 볼 명령</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Students' requests on the shared cluster</source>
        <translation>공유 클러스터에 대한 학생들의 요청</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Commands to try:</source>
        <translation>실습할 명령(&amp;C):</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Choose a lesson: its cluster is served to the students.</source>
        <translation>레슨을 선택하십시오. 해당 레슨의 클러스터를 학생들에게 제공합니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&lt;b&gt;Students connect with this kubeconfig:&lt;/b&gt; %1&lt;br&gt;API server %2 (this computer only: students work on it, e.g. over SSH). It stays the same when the lesson restarts.</source>
        <translation>&lt;b&gt;학생은 이 kubeconfig로 접속합니다:&lt;/b&gt; %1&lt;br&gt;API 서버 %2(이 컴퓨터에서만 접근 가능: 학생들은 SSH 등으로 이 컴퓨터에 접속해 실습합니다). 레슨을 다시 시작해도 바뀌지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <location line="+68" />
        <source>&amp;Students' kubectl on the shared cluster (%n request(s)):</source>
        <translation>
            <numerusform>공유 클러스터에 대한 학생들의 kubectl(&amp;S)(요청 %n건):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slipway::SummaryPage</name>
    <message>
        <location filename="../ui/wizard/summarypage.cpp" line="+37" />
        <source>&amp;Export PDF…</source>
        <translation>PDF 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What the run did, node by node.</source>
        <translation>실행이 노드별로 한 일.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Durations per node and phase</source>
        <translation>노드별, 단계별 소요 시간</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+6" />
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Overrides</source>
        <translation>재정의</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Overrides you confirmed</source>
        <translation>사용자가 확인한 재정의</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The upgrade report as PDF: plan, pre-flight, every node's phases, the timeline and the event log</source>
        <translation>업그레이드 보고서를 PDF로: 계획, 사전 점검, 각 노드의 단계, 타임라인, 이벤트 로그</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Evictions</source>
        <translation>축출</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location line="+87" />
        <source>%1%2%3 by %4%5</source>
        <translation>%1%2%3(작업자: %4)%5</translation>
    </message>
    <message>
        <location line="-101" />
        <source>Succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aborted</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not finished</source>
        <translation>완료되지 않음</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message numerus="yes">
        <location line="+63" />
        <source>&lt;b&gt;%1.&lt;/b&gt; %2 of %3 node(s) done in %4; %n pod(s) evicted or deleted.</source>
        <translation>
            <numerusform>&lt;b&gt;%1.&lt;/b&gt; %4 동안 노드 %3개 중 %2개 완료. Pod %n개 축출 또는 삭제.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>no time</source>
        <translation>시간 없음</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1%2 failed: %3</source>
        <translation>%1%2 실패: %3</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1waiting for %2 timed out</source>
        <translation>%1%2 대기 시간 초과</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+2" />
        <source>None.</source>
        <translation>없음.</translation>
    </message>
</context>
<context>
    <name>Slipway::TargetPage</name>
    <message>
        <location filename="../ui/wizard/targetpage.cpp" line="+30" />
        <source>&amp;Upgrade Kubernetes</source>
        <translation>Kubernetes 업그레이드(&amp;U)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Maintenance (drain, reboot or patch, uncordon)</source>
        <translation>유지보수(drain, 재부팅 또는 패치, uncordon)(&amp;M)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Reboot the node</source>
        <translation>노드 재부팅(&amp;R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run a &amp;command on the node:</source>
        <translation>노드에서 명령 실행(&amp;C):</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Target and path</source>
        <translation>대상과 경로</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Upgrade to a newer version one minor at a time, or do maintenance on chosen nodes.</source>
        <translation>한 번에 마이너 버전 하나씩 새 버전으로 업그레이드하거나, 선택한 노드를 유지보수합니다.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Upgrade plan</source>
        <translation>업그레이드 계획</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Target version</source>
        <translation>대상 버전</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Blockers to acknowledge</source>
        <translation>승인할 차단 요인</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Blockers: resolve them, or tick each to go on anyway (recorded)</source>
        <translation>차단 요인: 해결하거나, 그래도 진행하려면 각각 체크하십시오(기록됨)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Nodes to maintain</source>
        <translation>유지보수할 노드</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Maintenance command</source>
        <translation>유지보수 명령</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ssh {node} sudo apt-get -y upgrade</source>
        <translation>ssh {node} sudo apt-get -y upgrade</translation>
    </message>
    <message>
        <location line="+10" />
        <source>What is done to each node</source>
        <translation>각 노드에 하는 작업</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Nodes (space ticks a node):</source>
        <translation>노드(&amp;N)(Space 키로 노드 체크):</translation>
    </message>
    <message>
        <location line="+36" />
        <source>%1 (%2, %3)</source>
        <translation>%1(%2, %3)</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Rule %1. Ticking it records that you go on despite it.</source>
        <translation>규칙 %1. 체크하면 이 문제에도 불구하고 진행한다는 사실이 기록됩니다.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Tick at least one node.</source>
        <translation>노드를 하나 이상 체크하십시오.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The command must contain {node}; it is replaced by each node's name.</source>
        <translation>명령에 {node}가 있어야 합니다. 각 노드의 이름으로 바뀝니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n node(s) will be drained, maintained and uncordoned.</source>
        <translation>
            <numerusform>노드 %n개를 drain, 유지보수, uncordon합니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Planning…</source>
        <translation>계획하는 중…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The cluster already runs %1: nothing to upgrade.</source>
        <translation>클러스터가 이미 %1 버전을 실행 중입니다: 업그레이드할 것이 없습니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No upgrade path: see the findings for why.</source>
        <translation>업그레이드 경로 없음: 이유는 점검 결과를 보십시오.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n blocker(s) left: resolve or tick each one.</source>
        <translation>
            <numerusform>남은 차단 요인 %n개: 각각 해결하거나 체크하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ready: %1 → %2 in one run of %3 hops (%4), one at a time: control plane first, then the workers, in each.</source>
        <translation>준비 완료: %1 → %2, 한 번의 실행에서 구간 %3개(%4)를 하나씩 진행합니다. 각 구간에서 컨트롤 플레인 먼저, 그다음 워커 노드를 업그레이드합니다.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Ready: %1 → %2.</source>
        <translation>준비됨: %1 → %2.</translation>
    </message>
</context>
<context>
    <name>Slipway::TimelineChart</name>
    <message>
        <location filename="../ui/timelinechart.cpp" line="+50" />
        <location line="+505" />
        <source>Run timeline</source>
        <translation>실행 타임라인</translation>
    </message>
    <message>
        <location line="-504" />
        <source>Node lanes</source>
        <translation>노드 레인</translation>
    </message>
    <message>
        <location line="+2" />
        <source>One lane per node with a bar per phase. Plus and minus zoom, arrow keys pan, Home shows the whole run, F follows now, Space describes the bar in the middle.</source>
        <translation>노드마다 레인 하나, 단계마다 막대 하나로 표시합니다. 더하기와 빼기 키로 확대/축소하고, 화살표 키로 이동하며, Home은 전체 실행을 표시하고, F는 현재 시점을 따라가며, Space는 가운데 막대를 설명합니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cluster series</source>
        <translation>클러스터 시계열</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ready nodes, schedulable nodes, Pending pods and workloads below their desired replicas over time.</source>
        <translation>시간에 따른 Ready 노드, 스케줄 가능 노드, Pending Pod, 원하는 복제본 수에 못 미치는 워크로드.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>&amp;Follow now</source>
        <translation>현재 시점 따라가기(&amp;F)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keep the newest events in view while the run goes on (F)</source>
        <translation>실행이 진행되는 동안 최신 이벤트를 계속 표시합니다(F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Zoom &amp;in</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom into time (+); Ctrl++ zooms into lanes</source>
        <translation>시간 축 확대(+). Ctrl++는 레인 확대</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Zoom &amp;out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom out of time (-); Ctrl+- zooms out of lanes</source>
        <translation>시간 축 축소(-). Ctrl+-는 레인 축소</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Whole run</source>
        <translation>전체 실행(&amp;W)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show every node and the whole run (Home)</source>
        <translation>모든 노드와 전체 실행을 표시합니다(Home)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export as &amp;PNG…</source>
        <translation>PNG로 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export as &amp;SVG…</source>
        <translation>SVG로 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../ui/timelinechartnavigation.cpp" line="+340" />
        <location line="+5" />
        <source>Export the timeline</source>
        <translation>타임라인 내보내기</translation>
    </message>
    <message numerus="yes">
        <location line="+333" />
        <source>%n node(s): %1 done, %2 in progress, %3 failed, %4 not started.</source>
        <translation>
            <numerusform>노드 %n개: 완료 %1개, 진행 중 %2개, 실패 %3개, 시작 전 %4개.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timelinechartnavigation.cpp" line="-86" />
        <location line="+37" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-32" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>now</source>
        <translation>현재</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2(%3)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>PodDisruptionBudget %1</source>
        <translation>PodDisruptionBudget %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pod %1</source>
        <translation>Pod %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Outcome: %1</source>
        <translation>결과: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Result: %1</source>
        <translation>결과: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Still running</source>
        <translation>아직 실행 중</translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>%1 (%n node(s))</source>
        <translation>
            <numerusform>%1(노드 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>No node of this row is in a phase now.</source>
        <translation>이 행의 노드 중 현재 단계를 진행 중인 노드가 없습니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom into the lanes (Ctrl+wheel, Ctrl++ or Shift+drag) to see each node.</source>
        <translation>각 노드를 보려면 레인을 확대하십시오(Ctrl+휠, Ctrl++ 또는 Shift+드래그).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Ready nodes: %1 of %2</source>
        <translation>Ready 노드: %2개 중 %1개</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schedulable nodes: %1</source>
        <translation>스케줄 가능 노드: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pending pods: %1</source>
        <translation>Pending Pod: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Workloads below desired replicas: %1</source>
        <translation>원하는 복제본 수에 못 미치는 워크로드: %1</translation>
    </message>
    <message>
        <location line="+20" />
        <source>SVG images (*.svg)</source>
        <translation>SVG 이미지 (*.svg)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Could not write %1. Check that the folder exists and is writable, or choose another file.</source>
        <translation>%1을(를) 작성할 수 없습니다. 폴더가 있고 쓰기 가능한지 확인하거나 다른 파일을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>Slipway::TimelineClusterChart</name>
    <message>
        <location filename="../ui/timelineclusterchart.cpp" line="+96" />
        <source>Ready nodes</source>
        <translation>Ready 노드</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Schedulable nodes</source>
        <translation>스케줄 가능 노드</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pending pods</source>
        <translation>Pending Pod</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Workloads below desired replicas</source>
        <translation>원하는 복제본 수에 못 미치는 워크로드</translation>
    </message>
</context>
<context>
    <name>Slipway::TimelineLanesChart</name>
    <message>
        <location filename="../ui/timelinelaneschart.cpp" line="+51" />
        <source>Upgrade / maintenance</source>
        <translation>업그레이드 / 유지보수</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Lanes</source>
        <translation>레인</translation>
    </message>
</context>
<context>
    <name>Slipway::TimelineModel</name>
    <message>
        <location filename="../models/items/timelinemodel.cpp" line="+294" />
        <source>Node / phase</source>
        <translation>노드 / 단계</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location line="+2" />
        <source>End</source>
        <translation>종료</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Detail</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <location filename="../models/items/timelinemodeldata.cpp" line="+27" />
        <source>Cordon</source>
        <translation>Cordon</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Drain</source>
        <translation>Drain</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Waiting on a PDB</source>
        <translation>PDB 대기</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Upgrade</source>
        <translation>업그레이드</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Maintenance</source>
        <translation>유지보수</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Verify</source>
        <translation>확인</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Uncordon</source>
        <translation>Uncordon</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location line="+9" />
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ok</source>
        <translation>정상</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+83" />
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location line="-81" />
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location line="+2" />
        <source>interrupted</source>
        <translation>중간에 끊김</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 (failed)</source>
        <translation>%1(실패)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>PodDisruptionBudget %1</source>
        <translation>PodDisruptionBudget %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>pod %1</source>
        <translation>Pod %1</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+3" />
        <source>pending</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cordoned</source>
        <translation>cordon됨</translation>
    </message>
    <message>
        <location line="+2" />
        <source>draining</source>
        <translation>drain 중</translation>
    </message>
    <message>
        <location line="+2" />
        <source>drained</source>
        <translation>drain 완료</translation>
    </message>
    <message>
        <location line="+2" />
        <source>upgrading</source>
        <translation>업그레이드 중</translation>
    </message>
    <message>
        <location line="+2" />
        <source>maintaining</source>
        <translation>유지보수 중</translation>
    </message>
    <message>
        <location line="+2" />
        <source>verifying</source>
        <translation>확인 중</translation>
    </message>
    <message>
        <location line="+2" />
        <source>uncordoned</source>
        <translation>uncordon됨</translation>
    </message>
    <message>
        <location line="+2" />
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location line="+2" />
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location line="+4" />
        <source>paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <location line="+2" />
        <source>aborted</source>
        <translation>중단됨</translation>
    </message>
</context>
<context>
    <name>Slipway::TlsMaterial</name>
    <message>
        <location filename="../kube/tlsmaterial.cpp" line="+51" />
        <source>it holds no PEM private key (expected a "-----BEGIN … PRIVATE KEY-----" block)</source>
        <translation>PEM 개인 키가 없습니다("-----BEGIN … PRIVATE KEY-----" 블록이 필요합니다)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the private key is encrypted with a passphrase, which kubeconfig does not support; decrypt it with `openssl pkey -in KEY -out KEY.plain`</source>
        <translation>개인 키가 암호로 암호화되어 있으며 kubeconfig는 이를 지원하지 않습니다. `openssl pkey -in KEY -out KEY.plain`으로 복호화하십시오</translation>
    </message>
    <message>
        <location line="+18" />
        <source>the %1 block could not be read as an RSA or EC key (Ed25519 and DSA keys are not supported)</source>
        <translation>%1 블록을 RSA 또는 EC 키로 읽을 수 없습니다(Ed25519 및 DSA 키는 지원되지 않습니다)</translation>
    </message>
</context>
<context>
    <name>Slipway::TrainingWindow</name>
    <message>
        <location filename="../ui/training/trainingwindow.cpp" line="+95" />
        <source>&amp;Step</source>
        <translation>단계 실행(&amp;S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Restart</source>
        <translation>다시 시작(&amp;R)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The step's command</source>
        <translation>이 단계의 명령</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy command</source>
        <translation>명령 복사(&amp;C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What the cluster shows now</source>
        <translation>현재 클러스터 상태</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Lesson log</source>
        <translation>레슨 로그</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Presenter view</source>
        <translation>발표자 보기(&amp;P)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Slipway — Training</source>
        <translation>Slipway — 교육</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lessons</source>
        <translation>레슨</translation>
    </message>
    <message>
        <location line="+3" />
        <source>C&amp;luster</source>
        <translation>클러스터(&amp;L)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;tudents</source>
        <translation>학생(&amp;T)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>L&amp;og</source>
        <translation>로그(&amp;O)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Large text for the projector; the lesson list is hidden (F11)</source>
        <translation>프로젝터용 큰 글씨로 표시하고 레슨 목록을 숨깁니다(F11)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Run the next step, then pause (F10)</source>
        <translation>다음 단계를 실행한 뒤 일시 정지합니다(F10)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A fresh cluster, back to the first step</source>
        <translation>새 클러스터로 첫 단계부터 다시 시작합니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How much faster than real time the lesson's clock runs</source>
        <translation>레슨의 시계가 실제 시간보다 몇 배 빠르게 흐르는지</translation>
    </message>
    <message>
        <location line="+25" />
        <source>S&amp;peed:</source>
        <translation>속도(&amp;P):</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Explanation for the students</source>
        <translation>학생을 위한 설명</translation>
    </message>
    <message>
        <location line="+6" />
        <source>What this step shows</source>
        <translation>이 단계에서 보여 주는 내용</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Co&amp;mmand:</source>
        <translation>명령(&amp;M):</translation>
    </message>
    <message>
        <location line="+7" />
        <source>O&amp;bserved:</source>
        <translation>관찰 결과(&amp;B):</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The lesson stopped: %1</source>
        <translation>레슨이 중지되었습니다: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Step %1 of %2 — %3</source>
        <translation>%2단계 중 %1단계 — %3</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Lesson %1: %2</source>
        <translation>레슨 %1: %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Lesson %1 could not be loaded: %2</source>
        <translation>레슨 %1을(를) 불러올 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+186" />
        <source>&amp;Pause</source>
        <translation>일시 정지(&amp;P)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Play</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pause the lesson and its clock (F5)</source>
        <translation>레슨과 레슨의 시계를 일시 정지합니다(F5)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Play the steps one after another (F5)</source>
        <translation>단계를 차례로 진행합니다(F5)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Finished: %1 of %2 steps</source>
        <translation>완료: 전체 %2단계 중 %1단계</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2 steps done</source>
        <translation>%2단계 중 %1단계 완료</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Lesson time %1</source>
        <translation>레슨 시간 %1</translation>
    </message>
</context>
<context>
    <name>Slipway::UpgradePlanner</name>
    <message>
        <location filename="../models/upgradeplanner.cpp" line="+77" />
        <source>%1 is not Ready (%2); its drain and upgrade will stall until it is back.</source>
        <translation>%1 노드가 Ready 상태가 아닙니다(%2). 노드가 복구될 때까지 이 노드의 drain과 업그레이드가 진행되지 않습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Bring %1 back to Ready, or remove it from the cluster, before upgrading.</source>
        <translation>업그레이드하기 전에 %1 노드를 Ready 상태로 복구하거나 클러스터에서 제거하십시오.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 is already cordoned; the plan uncordons it after its upgrade.</source>
        <translation>%1 노드는 이미 cordon되어 있습니다. 이 계획은 업그레이드 후 노드를 uncordon합니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cordon %1 again afterwards (kubectl cordon %1) if it should stay unschedulable.</source>
        <translation>노드를 스케줄 불가 상태로 유지해야 한다면 업그레이드 후 %1 노드를 다시 cordon하십시오(kubectl cordon %1).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>kubeadm upgrade apply will refuse to start: there are NotReady control-planes in the cluster: [%1]</source>
        <translation>kubeadm upgrade apply가 시작을 거부합니다: 클러스터에 NotReady 상태의 컨트롤 플레인이 있습니다: [%1]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Bring %1 back to Ready before upgrading the control plane.</source>
        <translation>컨트롤 플레인을 업그레이드하기 전에 %1 노드를 Ready 상태로 복구하십시오.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The target %1 reached end of life on %2.</source>
        <translation>대상 버전(%1)은 %2에 지원이 종료(EOL)되었습니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The target %1 is past end of life.</source>
        <translation>대상 버전(%1)은 지원이 종료(EOL)되었습니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Continue to a supported minor version (%1), one minor at a time.</source>
        <translation>한 번에 마이너 버전 하나씩, 지원되는 마이너 버전(%1)까지 계속 업그레이드하십시오.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The target %1 has been in maintenance mode since %2 and reaches end of life on %3.</source>
        <translation>대상 버전(%1)은 %2부터 유지 관리 모드이며 %3에 지원이 종료(EOL)됩니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Plan the next upgrade before %1.</source>
        <translation>%1 전에 다음 업그레이드를 계획하십시오.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is a pre-release; kubeadm upgrades to it only with --allow-release-candidate-upgrades or --allow-experimental-upgrades.</source>
        <translation>%1 버전은 프리릴리스입니다. kubeadm은 --allow-release-candidate-upgrades 또는 --allow-experimental-upgrades 옵션을 지정해야만 이 버전으로 업그레이드합니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Use a released version for clusters that matter.</source>
        <translation>중요한 클러스터에는 정식 릴리스 버전을 사용하십시오.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>pkgs.k8s.io has no packages for %1; they came from the legacy apt.kubernetes.io and yum.kubernetes.io repositories, frozen since 2023-09-13.</source>
        <translation>pkgs.k8s.io에는 %1 패키지가 없습니다. 이 패키지들은 2023-09-13부터 동결된 레거시 apt.kubernetes.io 및 yum.kubernetes.io 저장소에서 제공되었습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Install these versions from the package source the nodes were built from; skip the repository steps.</source>
        <translation>노드를 구축할 때 사용한 패키지 소스에서 이 버전들을 설치하고, 저장소 변경 단계는 건너뛰십시오.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The target "%1" is not a Kubernetes version.</source>
        <translation>대상으로 지정한 값이 Kubernetes 버전이 아닙니다: "%1".</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give a version such as %1 or %2.</source>
        <translation>%1 또는 %2 같은 버전을 지정하십시오.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Slipway's release catalog (data as of %1) has no release of %2.</source>
        <translation>Slipway 릴리스 카탈로그(데이터 기준일: %1)에 %2 릴리스가 없습니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give a full version such as %1.0, or update Slipway.</source>
        <translation>%1.0 같은 전체 버전을 지정하거나 Slipway를 업데이트하십시오.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is newer than Slipway's release catalog (newest known: %2, data as of %3).</source>
        <translation>%1 버전은 Slipway 릴리스 카탈로그보다 새로운 버전입니다(알려진 최신 버전: %2, 데이터 기준일: %3).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that %1 has been released and read its release notes; the etcd and CoreDNS targets are estimates.</source>
        <translation>%1 버전이 실제로 릴리스되었는지 확인하고 릴리스 노트를 읽으십시오. etcd와 CoreDNS 대상 버전은 추정값입니다.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is not a release in Slipway's catalog (newest %2 release: %3).</source>
        <translation>%1 버전은 Slipway 카탈로그에 있는 릴리스가 아닙니다(%2 계열의 최신 릴리스: %3).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the version, or use %1.</source>
        <translation>버전을 확인하거나 %1 버전을 사용하십시오.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Upgrade to the latest stable version</source>
        <translation>최신 안정 버전으로 업그레이드</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Upgrade to the latest version in the %1 series</source>
        <translation>%1 계열의 최신 버전으로 업그레이드</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Upgrade to %1</source>
        <translation>%1 버전으로 업그레이드</translation>
    </message>
    <message>
        <location line="+73" />
        <source>Slipway cannot read the cluster version (kube-apiserver reports "%1"), so it cannot plan an upgrade.</source>
        <translation>Slipway가 클러스터 버전을 읽을 수 없으므로(kube-apiserver 보고 값: "%1") 업그레이드를 계획할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check that the kube-apiserver pods and /version report a version like v1.34.2.</source>
        <translation>kube-apiserver Pod와 /version이 v1.34.2 같은 형식의 버전을 보고하는지 확인하십시오.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The target %1 is older than the cluster version %2; Slipway does not plan downgrades.</source>
        <translation>대상 버전(%1)이 클러스터 버전(%2)보다 낮습니다. Slipway는 다운그레이드를 계획하지 않습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a target of %1 or newer. To roll back a failed upgrade, use the backups kubeadm keeps in /etc/kubernetes/tmp.</source>
        <translation>대상 버전을 %1 이상으로 선택하십시오. 실패한 업그레이드를 롤백하려면 kubeadm이 /etc/kubernetes/tmp에 보관하는 백업을 사용하십시오.</translation>
    </message>
    <message>
        <location line="+106" />
        <source>The cluster already runs %1 on every node.</source>
        <translation>클러스터의 모든 노드가 이미 %1 버전을 실행 중입니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing to do.</source>
        <translation>할 작업이 없습니다.</translation>
    </message>
    <message>
        <location line="-67" />
        <source>The control plane does not run as kubeadm static pods (%1), so the plan lists no kubeadm commands.</source>
        <translation>컨트롤 플레인(%1)이 kubeadm static Pod로 실행되지 않으므로 계획에 kubeadm 명령을 포함하지 않습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Upgrade the control plane one minor version at a time with your provider's tools (EKS, GKE, AKS, k3s, RKE2), then the nodes.</source>
        <translation>사용 중인 제공업체의 도구(EKS, GKE, AKS, k3s, RKE2)로 컨트롤 플레인을 한 번에 마이너 버전 하나씩 업그레이드한 다음 노드를 업그레이드하십시오.</translation>
    </message>
</context>
<context>
    <name>Slipway::UpgradeRunner</name>
    <message>
        <location filename="../models/run/upgraderunner.cpp" line="+185" />
        <source>%1 was skipped in hop %2 (%3); the run stops here, because the next hop would take it across two minor versions.</source>
        <translation>%1은(는) 구간 %2(%3)에서 건너뛰어졌습니다. 다음 구간에서 마이너 버전 두 개를 한꺼번에 넘게 되므로 실행을 여기서 멈춥니다.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>%1 was skipped; upgrading the control plane to %2 would leave its kubelet more minor versions behind than the skew policy allows, so the run stops before the control plane.</source>
        <translation>%1을(를) 건너뛰었습니다. 컨트롤 플레인을 %2(으)로 업그레이드하면 이 노드의 kubelet이 버전 차이 정책이 허용하는 것보다 더 많은 마이너 버전만큼 뒤처지므로, 실행은 컨트롤 플레인 전에 멈춥니다.</translation>
    </message>
    <message>
        <location line="+68" />
        <source>All-at-once: every worker is cordoned and drained at the same time; workloads without replicas elsewhere will be down until the nodes come back.</source>
        <translation>한꺼번에: 모든 워커 노드를 동시에 cordon하고 drain합니다. 다른 곳에 레플리카가 없는 워크로드는 노드가 돌아올 때까지 중단됩니다.</translation>
    </message>
    <message>
        <location line="+78" />
        <source>The run stopped in hop %1 of %2 (%3).</source>
        <translation>실행이 구간 %1/%2(%3)에서 멈췄습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/run/upgraderunnersurge.cpp" line="+71" />
        <source>Waiting for %n new node(s) at %1 to join and become Ready.</source>
        <translation>
            <numerusform>%1 버전의 새 노드 %n개가 합류하여 Ready가 되기를 기다리는 중입니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26" />
        <source>Waiting for %1 of %2 new node(s) to join and become Ready before the next old worker is drained.</source>
        <translation>새 노드 %2개 중 %1개가 합류하여 Ready가 되기를 기다리는 중입니다. 그다음 기존 워커 노드를 drain합니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+28" />
        <source>Asking the practice cluster for %n new node(s) in all.</source>
        <translation>
            <numerusform>연습용 클러스터에 새 노드를 모두 %n개 요청합니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53" />
        <source>The practice cluster could not add the surge nodes: %1</source>
        <translation>연습용 클러스터가 서지 노드를 추가하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../models/run/upgraderunner.cpp" line="-55" />
        <source>Soaking %1 s after %2.</source>
        <translation>%2 후 %1초 동안 안정화 대기 중입니다.</translation>
    </message>
    <message>
        <location filename="../models/run/upgraderunnercontrol.cpp" line="+22" />
        <source>This runner has a run already.</source>
        <translation>이 러너에는 이미 실행이 있습니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The run journal %1 cannot be used: %2</source>
        <translation>실행 저널 %1을(를) 사용할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The run journal %1 has no run-started event; there is nothing to resume.</source>
        <translation>실행 저널 %1에 run-started 이벤트가 없습니다: 재개할 것이 없습니다.</translation>
    </message>
    <message>
        <location line="+87" />
        <source>rolled back</source>
        <translation>롤백됨</translation>
    </message>
</context>
<context>
    <name>Slipway::UpgradeSteps</name>
    <message>
        <location filename="../models/upgradesteps.cpp" line="+158" />
        <source>Point the Kubernetes package repository on %1 at %2 (one repository per minor version).</source>
        <translation>%1 노드의 Kubernetes 패키지 저장소가 %2 버전을 가리키도록 변경합니다(마이너 버전마다 저장소가 따로 있습니다).</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+77" />
        <source>Upgrade kubeadm on %1 to %2.</source>
        <translation>%1 노드의 kubeadm을 %2 버전으로 업그레이드합니다.</translation>
    </message>
    <message>
        <location line="-74" />
        <source>Upgrade the kubelet configuration on %1 (kubeadm upgrade node).</source>
        <translation>%1 노드의 kubelet 구성을 업그레이드합니다(kubeadm upgrade node).</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+116" />
        <source>Drain %1: cordon it and evict its pods (DaemonSet pods stay).</source>
        <translation>%1 노드를 drain합니다: 노드를 cordon하고 Pod를 축출합니다(DaemonSet Pod는 남습니다).</translation>
    </message>
    <message>
        <location line="-115" />
        <source>Drain %1: %2.</source>
        <translation>%1 노드를 drain합니다: %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+113" />
        <source>Upgrade kubelet and kubectl on %1 to %2.</source>
        <translation>%1 노드의 kubelet과 kubectl을 %2 버전으로 업그레이드합니다.</translation>
    </message>
    <message>
        <location line="-110" />
        <location line="+113" />
        <source>Restart the kubelet on %1.</source>
        <translation>%1 노드의 kubelet을 다시 시작합니다.</translation>
    </message>
    <message>
        <location line="-108" />
        <location line="+111" />
        <source>Uncordon %1 so that pods can be scheduled on it again.</source>
        <translation>Pod가 다시 스케줄될 수 있도록 %1 노드를 uncordon합니다.</translation>
    </message>
    <message>
        <location line="-81" />
        <source>its kubelet (%1) is too old for a control plane at %2</source>
        <translation>kubelet(%1)이 %2 버전의 컨트롤 플레인에 비해 너무 오래되었습니다</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Check the upgrade on %1 with kubeadm upgrade plan.</source>
        <translation>%1 노드에서 kubeadm upgrade plan으로 업그레이드를 확인합니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Upgrade the control plane on %1 to %2 (kubeadm upgrade apply).</source>
        <translation>%1 노드의 컨트롤 플레인을 %2 버전으로 업그레이드합니다(kubeadm upgrade apply).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Upgrade the CNI plugin if its provider requires it for %1, following the provider's instructions.</source>
        <translation>CNI 플러그인 제공업체가 %1 버전에 필요하다고 안내하는 경우, 제공업체의 지침에 따라 CNI 플러그인을 업그레이드합니다.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Upgrade the control-plane components on %1 to %2 (kubeadm upgrade node).</source>
        <translation>%1 노드의 컨트롤 플레인 구성 요소를 %2 버전으로 업그레이드합니다(kubeadm upgrade node).</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Check that every node is Ready and its VERSION column shows %1.</source>
        <translation>모든 노드가 Ready 상태이고 VERSION 열의 값이 %1인지 확인합니다.</translation>
    </message>
</context>
<context>
    <name>Slipway::UpgradeWizard</name>
    <message>
        <location filename="../ui/wizard/upgradewizard.cpp" line="+29" />
        <source>Maintenance — Slipway</source>
        <translation>유지보수 — Slipway</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Upgrade — Slipway</source>
        <translation>업그레이드 — Slipway</translation>
    </message>
    <message>
        <location line="+21" />
        <source>&amp;Start the run</source>
        <translation>실행 시작(&amp;S)</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Close the wizard?</source>
        <translation>마법사를 닫으시겠습니까?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The run is paused and its journal kept. Slipway offers to resume it when it opens this cluster again (Run ▸ Upgrade… or at the next start).</source>
        <translation>실행이 일시 정지되고 저널은 보관됩니다. Slipway가 이 클러스터를 다시 열 때(실행 ▸ 업그레이드… 또는 다음 시작 시) 재개를 제안합니다.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>the snapshot of %1</source>
        <translation>%1의 스냅샷</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Rehearsal — Slipway</source>
        <translation>리허설 — Slipway</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+87" />
        <source>No display found (DISPLAY and WAYLAND_DISPLAY are not set), so Slipway printed the practice cluster instead of opening its window.
To see the GUI, run it on a desktop, or under a virtual display: xvfb-run -a %1</source>
        <translation>디스플레이를 찾을 수 없어(DISPLAY와 WAYLAND_DISPLAY가 설정되지 않음) Slipway가 창을 여는 대신 연습용 클러스터를 출력했습니다.
GUI를 보려면 데스크톱 환경에서 실행하거나 가상 디스플레이에서 실행하십시오: xvfb-run -a %1</translation>
    </message>
    <message>
        <location line="+127" />
        <source>unknown language "%1"; available: %2</source>
        <translation>알 수 없는 언어 "%1". 사용 가능한 언어: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>unknown command "%1"; see slipway --help</source>
        <translation>알 수 없는 명령 "%1". slipway --help를 참조하십시오</translation>
    </message>
</context>
</TS>