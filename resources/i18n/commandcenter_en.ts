<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="145" />
        <source>(无)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="146" />
        <source>事件级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="147" />
        <source>关联事件</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="148" />
        <source>关联视频</source>
        <translation>Link video</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="149" />
        <source>办结 — {title}</source>
        <translation>Close — {title}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="150" />
        <source>受伤</source>
        <translation>Injured</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="151" />
        <source>受灾人数</source>
        <translation>People affected</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="152" />
        <source>启动转移 — {zone}</source>
        <translation>Start evacuation — {zone}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="153" />
        <source>启动预案响应 — {title}</source>
        <translation>Activate plan — {title}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="154" />
        <source>响应级别</source>
        <translation>Response level</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="155" />
        <source>在安全屋人数</source>
        <translation>People in safe house</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="156" />
        <source>处理冲突</source>
        <translation>Settle conflict</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="157" />
        <source>处理结果</source>
        <translation>How it was settled</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="158" />
        <source>处置结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="159" />
        <source>失踪</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="160" />
        <source>已转移人数</source>
        <translation>People moved</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="161" />
        <source>已转移户数</source>
        <translation>Households moved</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="162" />
        <source>应转移人数</source>
        <translation>People to move</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="163" />
        <source>应转移户数</source>
        <translation>Households to move</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="164" />
        <source>死亡</source>
        <translation>Dead</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="165" />
        <source>没有可启动的预案</source>
        <translation>No plan to activate</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="166" />
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="167" />
        <source>续报 — {title}</source>
        <translation>Follow-up — {title}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="168" />
        <source>续报内容</source>
        <translation>Follow-up text</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="169" />
        <source>被困</source>
        <translation>Trapped</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="170" />
        <source>视频源 (由近到远)</source>
        <translation>Video source (nearest first)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="171" />
        <source>请先在警情列表中选中一个事件</source>
        <translation>Select an incident on the board first</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="172" />
        <source>调整级别 — {title}</source>
        <translation>Change severity — {title}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="173" />
        <source>转移统计 — {zone}</source>
        <translation>Evacuation count — {zone}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="174" />
        <source>预案</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../commandcenter/ui/desk.py" line="140" />
        <location filename="../../commandcenter/ui/desk.py" line="142" />
        <source>无法记录: {0}</source>
        <translation>Could not record: {0}</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="22" />
        <source>演练模式</source>
        <translation>DRILL</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="44" />
        <source>内置中心 {url} · 在线站点 {n}</source>
        <translation>Embedded hub {url} · {n} stations online</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="46" />
        <source>本机独立运行</source>
        <translation>Standalone desk</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="48" />
        <source>未连接中心 · 待发 {n}</source>
        <translation>No hub · outbox {n}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="52" />
        <source>在线</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="53" />
        <source>离线</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="54" />
        <source>同步中</source>
        <translation>syncing</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="55" />
        <source>连接中</source>
        <translation>connecting</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="56" />
        <source>已断开</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="58" />
        <source>中心: {state} · 待发 {n}</source>
        <translation>Hub: {state} · outbox {n}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="62" />
        <source> · 被拒: {reason}</source>
        <translation> · refused: {reason}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="64" />
        <source> · {err}</source>
        <translation> · {err}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="74" />
        <source>站点 {station} · 角色 {role}</source>
        <translation>Station {station} · role {role}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="80" />
        <source>值班员 {officer} · 带班领导 {leader}</source>
        <translation>Duty officer {officer} · Leader {leader}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="85" />
        <source>未排班</source>
        <translation>No shift on duty</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../../commandcenter/ui/dialogs/dispatch.py" line="37" />
        <source>派遣队伍 — {title}</source>
        <translation>Dispatch teams — {title}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/dispatch.py" line="41" />
        <source>{type}，{place}。按专长、距离、人数排序，勾选要派遣的队伍 (空格键勾选)。</source>
        <translation>{type}, {place}. Ranked by speciality, distance and headcount; tick the teams to send (Space ticks).</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/dispatch.py" line="50" />
        <source>队伍</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/dispatch.py" line="51" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/dispatch.py" line="52" />
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/dispatch.py" line="53" />
        <source>距离</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/dispatch.py" line="54" />
        <source>推荐理由</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/dispatch.py" line="67" />
        <source>{km:.1f} 公里</source>
        <translation>{km:.1f} km</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/dispatch.py" line="77" />
        <source>没有待命的队伍。</source>
        <translation>No team on standby.</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/dispatch.py" line="79" />
        <source>任务，例如：人员搜救、人员转移</source>
        <translation>Task, e.g. search and rescue, evacuation</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/dispatch.py" line="80" />
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/dispatch.py" line="82" />
        <source>派遣</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/dispatch.py" line="114" />
        <source>请至少勾选一支队伍</source>
        <translation>Tick at least one team</translation>
    </message>
</context>
<context>
    <name>EvacPane</name>
    <message>
        <location filename="../../commandcenter/ui/panes/evac.py" line="37" />
        <source>全部区域</source>
        <translation>All zones</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/evac.py" line="42" />
        <source>搜索区域、责任人…</source>
        <translation>Search zones, people…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/evac.py" line="52" />
        <source>叫应:</source>
        <translation>Call:</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/evac.py" line="56" />
        <source>{role}已应答</source>
        <translation>{role} answered</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/evac.py" line="57" />
        <source>{role}未应答</source>
        <translation>{role} no answer</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/evac.py" line="67" />
        <source>启动转移…</source>
        <translation>Start evacuation…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/evac.py" line="68" />
        <source>转移统计…</source>
        <translation>Count…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/evac.py" line="69" />
        <source>解除</source>
        <translation>All clear</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/evac.py" line="98" />
        <source>请先选中一个避险区域</source>
        <translation>Select a zone first</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../commandcenter/ui/dialogs/form.py" line="71" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../commandcenter/ui/basedata/preview.py" line="58" />
        <source>导入预览 — {0}</source>
        <translation>Import preview — {0}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/preview.py" line="60" />
        <source>正在读取 {0} …</source>
        <translation>Reading {0} …</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/preview.py" line="63" />
        <source>变动 (尚未保存)</source>
        <translation>Changes (not saved yet)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/preview.py" line="65" />
        <location filename="../../commandcenter/ui/basedata/preview.py" line="71" />
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/preview.py" line="65" />
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/preview.py" line="65" />
        <source>变更</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/preview.py" line="65" />
        <source>注销</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/preview.py" line="69" />
        <source>错误</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/preview.py" line="71" />
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/preview.py" line="71" />
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/preview.py" line="71" />
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/preview.py" line="73" />
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/preview.py" line="108" />
        <source>发现 {0} 处错误, 请修改文件后重新导入; 未保存任何内容。</source>
        <translation>{0} problems found: correct the file and import it again. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/preview.py" line="111" />
        <source>文件与现有基础数据一致, 无需导入。</source>
        <translation>The file matches the records already held; nothing to import.</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/preview.py" line="113" />
        <source>共 {0} 行: 新增 {1}, 变更 {2}, 注销 {3}。确认后一次性记录。</source>
        <translation>{0} rows: {1} new, {2} changed, {3} retired. Recorded in one step once confirmed.</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/preview.py" line="128" />
        <source>正在记录 …</source>
        <translation>Recording …</translation>
    </message>
</context>
<context>
    <name>IncidentBoard</name>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="35" />
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="36" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="40" />
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="44" />
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="47" />
        <source>全部时间</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="48" />
        <source>近1小时</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="49" />
        <source>近6小时</source>
        <translation>Last 6 hours</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="50" />
        <source>近24小时</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="54" />
        <source>搜索标题、地点…</source>
        <translation>Search title, place…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="56" />
        <source>接报 (F2)</source>
        <translation>New report (F2)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="59" />
        <source>派遣…</source>
        <translation>Dispatch…</translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="41" />
        <source>未选中事件 — 在警情列表或地图上点选</source>
        <translation>No incident selected — pick one on the board or the map</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="50" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="51" />
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="52" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="53" />
        <source>接报</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="54" />
        <source>报告人</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="55" />
        <source>响应</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="56" />
        <source>报送</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="57" />
        <source>伤亡</source>
        <translation>Casualties</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="76" />
        <source>核实</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="77" />
        <source>续报…</source>
        <translation>Follow-up…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="78" />
        <source>调整级别…</source>
        <translation>Change severity…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="79" />
        <source>启动响应…</source>
        <translation>Activate response…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="80" />
        <source>已电话初报</source>
        <translation>Phone report sent</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="81" />
        <source>已书面报告</source>
        <translation>Written report sent</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="84" />
        <source>派遣队伍…</source>
        <translation>Dispatch teams…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="85" />
        <source>调拨物资…</source>
        <translation>Transfer materials…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="86" />
        <source>关联视频…</source>
        <translation>Link video…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="87" />
        <source>办结…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="106" />
        <source>时间线</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="107" />
        <source>队伍</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="108" />
        <source>视频</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="154" />
        <source>【演练】</source>
        <translation>[DRILL] </translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="170" />
        <source>死亡 {d}，受伤 {i}，失踪 {m}，被困 {t}，受灾 {a}</source>
        <translation>Dead {d}, injured {i}, missing {m}, trapped {t}, affected {a}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="184" />
        <source>冲突: {text}</source>
        <translation>Conflict: {text}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="187" />
        <source>处理…</source>
        <translation>Settle…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="197" />
        <source>已离开</source>
        <translation>left</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="215" />
        <source>{label} 已超时 {t}</source>
        <translation>{label}: overdue by {t}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="220" />
        <source>{label} 剩余 {t}</source>
        <translation>{label}: {t} left</translation>
    </message>
</context>
<context>
    <name>IncidentModel</name>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="216" />
        <source>{label} 超时 {t}</source>
        <translation>{label} overdue {t}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="217" />
        <source>【演练】</source>
        <translation>[DRILL] </translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="218" />
        <source>伤亡</source>
        <translation>Casualties</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="219" />
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="220" />
        <source>应于 {due} 前完成{label}</source>
        <translation>{label} due by {due}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="221" />
        <source>报送时限</source>
        <translation>Reporting due</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="222" />
        <source>接报</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="223" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="224" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="225" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="226" />
        <source>级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="227" />
        <source>队伍</source>
        <translation>Teams</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="50" />
        <source>接报 — 电话报告</source>
        <translation>New report — phone call</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="72" />
        <source>输入乡镇名称的任意部分</source>
        <translation>Type any part of the township name</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="74" />
        <source>村(社区)，可留空</source>
        <translation>Village (optional)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="79" />
        <source>组、门牌或地标</source>
        <translation>Group, house number or landmark</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="87" />
        <source>留空则按地点和类型生成</source>
        <translation>Leave empty to use place and type</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="94" />
        <source>死亡</source>
        <translation>Dead</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="95" />
        <source>受伤</source>
        <translation>Injured</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="96" />
        <source>失踪</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="97" />
        <source>被困</source>
        <translation>Trapped</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="98" />
        <source>受灾</source>
        <translation>Affected</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="107" />
        <source>事件类型(&amp;T)</source>
        <translation>Incident &amp;type</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="108" />
        <source>事件级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="109" />
        <source>信息来源</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="110" />
        <source>乡镇(街道)(&amp;Z)</source>
        <translation>Township (&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="111" />
        <source>村(社区)</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="112" />
        <source>具体位置</source>
        <translation>Exact place</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="113" />
        <source>发生时间</source>
        <translation>Occurred at</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="114" />
        <source>报告人</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="115" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="116" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="117" />
        <source>情况描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="118" />
        <source>伤亡人数</source>
        <translation>Casualties</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="119" />
        <source>记录接报</source>
        <translation>Record report</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="160" />
        <source>请从列表中选择事件类型</source>
        <translation>Pick an incident type from the list</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="164" />
        <source>请从列表中选择乡镇(街道)</source>
        <translation>Pick a township from the list</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="170" />
        <source>{town} 没有名为 {village} 的村(社区)</source>
        <translation>{town} has no village named {village}</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="228" />
        <source>【演练】</source>
        <translation>[DRILL] </translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="229" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="230" />
        <source>值班人</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="231" />
        <source>站点</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="232" />
        <source>内容</source>
        <translation>Entry</translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="41" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="42" />
        <source>事件</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="43" />
        <source>队伍</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="44" />
        <source>物资</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="45" />
        <source>3人1屋</source>
        <translation>Evacuation (3+1)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="46" />
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="52" />
        <source>仅当前事件</source>
        <translation>This incident only</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="55" />
        <source>搜索日志…</source>
        <translation>Search the log…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="58" />
        <source>完整性校验</source>
        <translation>Integrity check</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="87" />
        <source>正在校验…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="98" />
        <source>✓ 日志完整: 已校验 {n} 条，{s} 个站点，链尾 {h}</source>
        <translation>✓ Log intact: {n} entries from {s} stations checked, head {h}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="104" />
        <source>✗ 日志被改动: {first}</source>
        <translation>✗ Log altered: {first}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="31" />
        <source>应急指挥中心 值班台</source>
        <translation>Emergency Command Centre — Duty Desk</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="36" />
        <source>【演练】</source>
        <translation>[DRILL] </translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="120" />
        <source>值班(&amp;D)</source>
        <translation>&amp;Duty</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="121" />
        <source>接报…</source>
        <translation>New report…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="126" />
        <source>派遣队伍…</source>
        <translation>Dispatch teams…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="130" />
        <source>物资调拨…</source>
        <translation>Transfer materials…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="134" />
        <source>交接班…</source>
        <translation>Shift handover…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="138" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="142" />
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="148" />
        <source>恢复默认布局</source>
        <translation>Restore default layout</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="151" />
        <source>语言 / Language</source>
        <translation>语言 / Language</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="170" />
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="172" />
        <source>界面语言将在重新启动值班台后生效。
The language applies when the desk is restarted.</source>
        <translation>The language applies when the desk is restarted.</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <location filename="../../commandcenter/ui/panes/map.py" line="43" />
        <source>正在载入地图…</source>
        <translation>Loading the map…</translation>
    </message>
</context>
<context>
    <name>MaterialsPane</name>
    <message>
        <location filename="../../commandcenter/ui/panes/materials.py" line="50" />
        <source>全部级别</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/materials.py" line="54" />
        <source>调拨…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/materials.py" line="61" />
        <source>入库…</source>
        <translation>Receive…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/materials.py" line="62" />
        <source>出库…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/materials.py" line="63" />
        <source>五定…</source>
        <translation>Upkeep…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/materials.py" line="79" />
        <source>库存</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/materials.py" line="80" />
        <source>台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/materials.py" line="91" />
        <source>请先选中一个仓库</source>
        <translation>Select a store first</translation>
    </message>
</context>
<context>
    <name>NotifyBanner</name>
    <message>
        <location filename="../../commandcenter/ui/notify/banner.py" line="24" />
        <source>提醒</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/notify/banner.py" line="27" />
        <source>知道了 (F4)</source>
        <translation>Got it (F4)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/notify/banner.py" line="46" />
        <source>未确认 {n}</source>
        <translation>Unacknowledged {n}</translation>
    </message>
</context>
<context>
    <name>PluginsDialog</name>
    <message>
        <location filename="../../commandcenter/ui/basedata/plugins_dialog.py" line="16" />
        <source>插件</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/plugins_dialog.py" line="19" />
        <source>内置插件随程序提供; 安装的插件通过 commandcenter.plugins 入口点载入。</source>
        <translation>Bundled plugins ship with the program; installed plugins are loaded through the commandcenter.plugins entry point.</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/plugins_dialog.py" line="25" />
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/plugins_dialog.py" line="26" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/plugins_dialog.py" line="27" />
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/plugins_dialog.py" line="28" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/plugins_dialog.py" line="29" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/plugins_dialog.py" line="30" />
        <source>提供 / 错误</source>
        <translation>Provides / error</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/plugins_dialog.py" line="33" />
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/plugins_dialog.py" line="33" />
        <source>出错</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/plugins_dialog.py" line="33" />
        <source>已拒绝</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/plugins_dialog.py" line="45" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RosterModels</name>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="233" />
        <source>{mh}/{th} 户，{mp}/{tp} 人</source>
        <translation>{mh}/{th} households, {mp}/{tp} people</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="234" />
        <source>{name} 未叫应</source>
        <translation>{name} not called</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="235" />
        <source>✓已应答</source>
        <translation>✓ answered</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="236" />
        <source>✗未应答</source>
        <translation>✗ no answer</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="237" />
        <source>专长</source>
        <translation>Speciality</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="238" />
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="239" />
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="240" />
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="241" />
        <source>在安全屋</source>
        <translation>In safe house</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="242" />
        <source>安全屋</source>
        <translation>Safe house</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="243" />
        <source>已转移/应转移</source>
        <translation>Moved / to move</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="244" />
        <source>户/人</source>
        <translation>Households/people</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="245" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="246" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="247" />
        <source>负责人</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="248" />
        <source>避险区域</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="249" />
        <source>队伍</source>
        <translation>Teams</translation>
    </message>
</context>
<context>
    <name>StoreModels</name>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="250" />
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="251" />
        <source>五定维护</source>
        <translation>Upkeep</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="252" />
        <source>仓库</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="253" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="254" />
        <source>品种</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="255" />
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="256" />
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="257" />
        <source>物资</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="258" />
        <source>短缺</source>
        <translation>Short</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="259" />
        <source>管理责任人</source>
        <translation>Keeper</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="260" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="261" />
        <source>级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="262" />
        <source>超期: {tasks}</source>
        <translation>Overdue: {tasks}</translation>
    </message>
</context>
<context>
    <name>TeamsPane</name>
    <message>
        <location filename="../../commandcenter/ui/panes/teams.py" line="28" />
        <source>全部类别</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/teams.py" line="32" />
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/teams.py" line="36" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/teams.py" line="40" />
        <source>搜索队伍、负责人…</source>
        <translation>Search teams, leaders…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/teams.py" line="53" />
        <source>派往当前事件…</source>
        <translation>Send to current incident…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/teams.py" line="54" />
        <source>到场</source>
        <translation>On scene</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/teams.py" line="55" />
        <source>返回</source>
        <translation>Returning</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/teams.py" line="56" />
        <source>待命</source>
        <translation>Standby</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/teams.py" line="57" />
        <source>休整</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../../commandcenter/ui/panes/video.py" line="43" />
        <source>关联到当前事件</source>
        <translation>Link to current incident</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../commandcenter/ui/dialogs/transfer.py" line="36" />
        <source>物资调拨</source>
        <translation>Transfer materials</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/transfer.py" line="53" />
        <source>(不关联事件)</source>
        <translation>(no incident)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/transfer.py" line="58" />
        <source>调出仓库</source>
        <translation>From warehouse</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/transfer.py" line="59" />
        <source>物资</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/transfer.py" line="60" />
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/transfer.py" line="61" />
        <source>调入仓库</source>
        <translation>To warehouse</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/transfer.py" line="62" />
        <source>用于事件</source>
        <translation>For incident</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/transfer.py" line="63" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/transfer.py" line="66" />
        <source>调拨</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/transfer.py" line="90" />
        <source>库存: {qty} {unit}</source>
        <translation>In stock: {qty} {unit}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/transfer.py" line="113" />
        <source>调出仓库没有库存物资</source>
        <translation>The source warehouse has no stock</translation>
    </message>
</context>
<context>
    <name>VideoWall</name>
    <message>
        <location filename="../../commandcenter/ui/panes/video.py" line="70" />
        <source>{n}画面</source>
        <translation>{n} tiles</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/video.py" line="121" />
        <source>{title}: 已关联 {n} 路，其余为就近推荐</source>
        <translation>{title}: {n} linked, the rest are the nearest suggestions</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/video.py" line="123" />
        <source>未选中事件: 显示全部视频源</source>
        <translation>No incident selected: all video sources</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/video.py" line="130" />
        <source>(空)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/video.py" line="134" />
        <source>在线</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/video.py" line="134" />
        <source>离线</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/video.py" line="137" />
        <source>已关联: {t}</source>
        <translation>Linked: {t}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/video.py" line="139" />
        <source>推荐</source>
        <translation>suggested</translation>
    </message>
</context>
<context>
    <name>WarningStrip</name>
    <message>
        <location filename="../../commandcenter/ui/panes/warning_strip.py" line="43" />
        <source>全县</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warning_strip.py" line="47" />
        <source> · 未应答 {n}</source>
        <translation> · {n} unanswered</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warning_strip.py" line="56" />
        <source>等 {n} 个预警</source>
        <translation>{n} warnings in all</translation>
    </message>
</context>
<context>
    <name>WarningsPane</name>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="65" />
        <location filename="../../commandcenter/ui/panes/warnings.py" line="281" />
        <source>级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="65" />
        <location filename="../../commandcenter/ui/panes/warnings.py" line="279" />
        <source>预警</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="65" />
        <location filename="../../commandcenter/ui/panes/warnings.py" line="286" />
        <source>内容</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="65" />
        <source>截止</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="65" />
        <location filename="../../commandcenter/ui/panes/warnings.py" line="74" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="74" />
        <source>叫应对象</source>
        <translation>Who to call</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="74" />
        <source>叫应 / 应答</source>
        <translation>Called / answered</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="74" />
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="94" />
        <location filename="../../commandcenter/ui/panes/warnings.py" line="207" />
        <source>叫应</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="95" />
        <source>已应答</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="96" />
        <source>未接通</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="97" />
        <source>发布预警…</source>
        <translation>Issue warning…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="98" />
        <source>解除预警</source>
        <translation>Lift warning</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="99" />
        <source>导出 CAP…</source>
        <translation>Export CAP…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="100" />
        <source>投递文件夹…</source>
        <translation>Drop folder…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="107" />
        <source>把 CAP 1.2 预警文件拖到这里即可导入</source>
        <translation>Drop CAP 1.2 warning files here to import them</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="142" />
        <source>已解除</source>
        <translation>All clear</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="144" />
        <source>生效</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="144" />
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="147" />
        <source>不涉及本县</source>
        <translation>Outside the county</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="184" />
        <source>不涉及本县, 无需叫应</source>
        <translation>Outside the county: no calls needed</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="189" />
        <source>已到时</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="191" />
        <source>倒计时 </source>
        <translation>Due in </translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="195" />
        <source>应答时限 {n} 分钟</source>
        <translation>Answer within {n} min</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="204" />
        <source> 应答 </source>
        <translation> answered </translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="207" />
        <source>喊醒</source>
        <translation>Wake-up call</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="210" />
        <source>时限 </source>
        <translation>Deadline </translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="232" />
        <source>{zone} 3人1屋均已应答 — 启动转移…</source>
        <translation>{zone}: all three roles answered — start evacuation…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="245" />
        <source>请先选中一个叫应对象</source>
        <translation>Select someone to call first</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="259" />
        <source>请先选中一个已叫应的对象</source>
        <translation>Select a call first</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="267" />
        <source>值班台解除</source>
        <translation>Lifted at the duty desk</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="278" />
        <source>全县</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="282" />
        <source>灾种</source>
        <translation>Hazard</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="282" />
        <source>暴雨</source>
        <translation>Heavy rain</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="283" />
        <source>范围</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="284" />
        <source>预计几小时后影响</source>
        <translation>Impact expected in (hours)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="285" />
        <source>有效小时数</source>
        <translation>Valid for (hours)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="301" />
        <source>发布预警</source>
        <translation>Issue warning</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="307" />
        <source>导出 CAP 1.2</source>
        <translation>Export CAP 1.2</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="322" />
        <source>已导出 {path}</source>
        <translation>Exported {path}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="337" />
        <source>未找到 CAP 插件</source>
        <translation>The CAP plugin was not found</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="365" />
        <source>CAP 投递文件夹</source>
        <translation>CAP drop folder</translation>
    </message>
</context>
<context>
    <name>Watermark</name>
    <message>
        <location filename="../../commandcenter/ui/watermark.py" line="16" />
        <source>演练 EXERCISE</source>
        <translation>演练 EXERCISE</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../commandcenter/ui/dialogs/footer.py" line="19" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>editors</name>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="175" />
        <source>{0}不能为空</source>
        <translation>{0} must not be empty</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="176" />
        <source>「{0}」不是有效的电话号码</source>
        <translation>"{0}" is not a valid phone number</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="177" />
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="178" />
        <source>修改联系电话</source>
        <translation>Change a phone number</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="179" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="180" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="181" />
        <source>所属乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="182" />
        <source>新增救援队伍</source>
        <translation>Add a rescue team</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="183" />
        <source>注销后视频点不再显示; 它的历史记录保留在日志中。</source>
        <translation>A retired camera is no longer shown; its history stays in the log.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="184" />
        <source>注销视频点</source>
        <translation>Retire a camera</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="185" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="186" />
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="187" />
        <source>装备</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="188" />
        <source>视频点</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="189" />
        <source>负责人</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="190" />
        <source>负责人新电话</source>
        <translation>Leader's new phone</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="191" />
        <source>负责人电话</source>
        <translation>Leader's phone</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="192" />
        <source>队伍</source>
        <translation>Teams</translation>
    </message>
</context>
<context>
    <name>fmt</name>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="212" />
        <source>亡</source>
        <translation>dead </translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="213" />
        <source>伤</source>
        <translation>injured </translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="214" />
        <source>困</source>
        <translation>trapped </translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="215" />
        <source>失联</source>
        <translation>missing </translation>
    </message>
</context>
<context>
    <name>panes</name>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="263" />
        <source>事件详情</source>
        <translation>Incident detail</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="264" />
        <source>3人1屋</source>
        <translation>Evacuation (3+1)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="265" />
        <source>警情</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="266" />
        <source>值班日志</source>
        <translation>Decision log</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="267" />
        <source>一张图</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="268" />
        <source>应急物资</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="269" />
        <source>救援队伍</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="270" />
        <source>视频联报</source>
        <translation>Video wall</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="271" />
        <source>预警</source>
        <translation>Warnings</translation>
    </message>
</context>
<context>
    <name>ranking</name>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="272" />
        <source>{n} 人</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="273" />
        <source>专长对口</source>
        <translation>speciality matches</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="274" />
        <source>本乡镇</source>
        <translation>same township</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="275" />
        <source>正在返回</source>
        <translation>returning</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="276" />
        <source>综合力量</source>
        <translation>all-round force</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="277" />
        <source>距离 {km:.1f} 公里</source>
        <translation>{km:.1f} km away</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="76" />
        <source>{store} 没有维护项目「{task}」</source>
        <translation>{store} has no upkeep task "{task}"</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="77" />
        <source>{store} 的 {item} 只有 {have}, 不足 {qty}</source>
        <translation>{store} has only {have} of {item}, fewer than {qty}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="78" />
        <source>{team} 已派往「{other}」, 请先召回</source>
        <translation>{team} is already sent to "{other}"; recall it first</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="79" />
        <source>{team} 已派往该事件</source>
        <translation>{team} is already sent to this incident</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="80" />
        <source>{team} 当前为{status}, 不能{action}</source>
        <translation>{team} is {status}; cannot {action}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="81" />
        <source>{team} 正在休整, 不能派遣</source>
        <translation>{team} is resting and cannot be dispatched</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="82" />
        <source>{video} 已关联该事件</source>
        <translation>{video} is already linked to this incident</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="83" />
        <source>{video} 未关联该事件</source>
        <translation>{video} is not linked to this incident</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="84" />
        <source>{what}编号 {id} 已存在</source>
        <translation>{what} id {id} already exists</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="85" />
        <source>{what}编号不能为空</source>
        <translation>{what} id must not be empty</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="86" />
        <source>{zone} 已在转移中</source>
        <translation>{zone} is already evacuating</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="87" />
        <source>{zone} 未在转移中</source>
        <translation>{zone} is not evacuating</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="88" />
        <source>{zone} 未在转移中, 请先启动转移</source>
        <translation>{zone} is not evacuating; start the evacuation first</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="89" />
        <source>上一班 ({officer}) 尚未完成交接班, 请先交接</source>
        <translation>The previous shift ({officer}) has not handed over yet</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="90" />
        <source>事件「{title}」已处置完毕</source>
        <translation>Incident "{title}" is closed</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="91" />
        <source>事件「{title}」已处置完毕, 不能重复办结</source>
        <translation>Incident "{title}" is already closed</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="92" />
        <source>事件「{title}」已是{status}, 无需再核实</source>
        <translation>Incident "{title}" is already {status}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="93" />
        <source>事件「{title}」已是该级别</source>
        <translation>Incident "{title}" already has that severity</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="94" />
        <source>事件标题不能为空</source>
        <translation>The incident needs a title</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="95" />
        <source>事件级别必须是 1–4 (特别重大、重大、较大、一般), 不是 {level}</source>
        <translation>Severity must be 1–4, not {level}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="96" />
        <source>伤亡人数不能为负数</source>
        <translation>Casualty figures cannot be negative</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="97" />
        <source>值班员和带班领导都必须填写</source>
        <translation>Both duty officer and leader are required</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="98" />
        <source>决策内容不能为空</source>
        <translation>The decision needs text</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="99" />
        <source>响应级别必须是 Ⅰ–Ⅳ (1–4), 不是 {level}</source>
        <translation>Response level must be I–IV (1–4), not {level}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="100" />
        <source>安全屋人数 {n} 多于已转移人数 {m}</source>
        <translation>Safe house count {n} exceeds people moved {m}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="101" />
        <source>报送阶段 {stage} 不明 (phone/written/followup/final)</source>
        <translation>Unknown reporting stage {stage}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="102" />
        <source>数量必须大于 0, 不是 {qty}</source>
        <translation>Quantity must be above 0, not {qty}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="103" />
        <source>没有编号为 {id} 的{what}</source>
        <translation>No {what} with id {id}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="104" />
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="125" />
        <source>没有编号为 {id} 的乡镇</source>
        <translation>No township with id {id}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="105" />
        <source>没有编号为 {id} 的事件</source>
        <translation>No incident with id {id}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="106" />
        <source>物资名称不能为空</source>
        <translation>The item needs a name</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="107" />
        <source>签字人不能为空</source>
        <translation>The signer's name is required</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="108" />
        <source>签字方必须是 out (交班) 或 in (接班)</source>
        <translation>Side must be out or in</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="109" />
        <source>续报内容不能为空</source>
        <translation>The follow-up needs text</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="110" />
        <source>该冲突已处理</source>
        <translation>That conflict is already settled</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="111" />
        <source>该班次已签字</source>
        <translation>That shift is already signed</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="112" />
        <source>该班次已结束</source>
        <translation>That shift has ended</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="113" />
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="141" />
        <source>该预警已解除</source>
        <translation>That warning is already lifted</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="114" />
        <source>请写明处理结果</source>
        <translation>Write how it was settled</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="115" />
        <source>调出与调入仓库不能相同</source>
        <translation>Source and target warehouse must differ</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="116" />
        <source>转移户数、人数不能为负数</source>
        <translation>Households and people cannot be negative</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="117" />
        <source>预案「{name}」未启动</source>
        <translation>Plan "{name}" is not active</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="118" />
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="143" />
        <source>预警结束时间必须晚于开始时间</source>
        <translation>A warning must end after it starts</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="119" />
        <source>{what} {id} 尚未登记, 请先登记</source>
        <translation>{what} {id} is not registered; register it first</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="120" />
        <source>{what} {id} 的内容有误: {why}</source>
        <translation>{what} {id} has wrong content: {why}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="121" />
        <source>{what}编号 {id} 与内容不符</source>
        <translation>{what} ID {id} does not match its content</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="122" />
        <source>数量不能为负数, 不是 {qty}</source>
        <translation>The quantity cannot be negative, not {qty}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="123" />
        <source>没有「{type}」这类基础数据</source>
        <translation>There is no kind of record called "{type}"</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="124" />
        <source>没有在用的{what} {id}</source>
        <translation>No {what} {id} in service</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="126" />
        <source>没有编号为 {id} 的仓库</source>
        <translation>No store with ID {id}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="127" />
        <source>队伍 {name} 正在执行任务, 不能注销</source>
        <translation>Team {name} is out on a task and cannot be retired</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="128" />
        <source>{name} 已应答</source>
        <translation>{name} has already answered</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="129" />
        <source>叫应时限必须为正</source>
        <translation>Ladder deadlines must be positive</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="130" />
        <source>叫应没有第 {n} 级</source>
        <translation>The ladder has no stage {n}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="131" />
        <source>叫应至少要有一级</source>
        <translation>The ladder needs at least one stage</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="132" />
        <source>叫应记录编号 {id} 已存在</source>
        <translation>Call {id} already exists</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="133" />
        <source>夜间时段须在 0–23 时之间</source>
        <translation>Night hours must be between 0 and 23</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="134" />
        <source>导入记录缺少文件名</source>
        <translation>The import log line has no file name</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="135" />
        <source>已记录 {name} 未接通</source>
        <translation>{name} is already recorded as not reached</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="136" />
        <source>未知的叫应对象 {a}</source>
        <translation>Unknown ladder audience {a}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="137" />
        <source>未知的叫应方式 {c}</source>
        <translation>Unknown call channel {c}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="138" />
        <source>没有编号为 {id} 的叫应记录</source>
        <translation>There is no call {id}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="139" />
        <source>没有编号为 {id} 的预警</source>
        <translation>There is no warning {id}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="140" />
        <source>该预警不涉及本县, 无需叫应</source>
        <translation>This warning is outside the county: no calls needed</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="142" />
        <source>请填写被叫应人</source>
        <translation>Name the person called</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="144" />
        <source>本站角色 {role} 无权提交「{kind}」</source>
        <translation>This station's role {role} may not submit "{kind}"</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../commandcenter/ui/startup.py" line="145" />
        <source>中心连接未启动: {0}</source>
        <translation>Hub connection not started: {0}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/startup.py" line="165" />
        <source>首次启动</source>
        <translation>First start</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/startup.py" line="166" />
        <source>本机还没有县情数据。是否载入演示县(青山县)以便熟悉值班台？</source>
        <translation>This desk has no county data yet. Load the demo county (Qingshan) to get to know the desk?</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/__init__.py" line="111" />
        <source>无法写入 {0}: {1}</source>
        <translation>Cannot write {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/__init__.py" line="117" />
        <source>已导出到 {0}</source>
        <translation>Exported to {0}</translation>
    </message>
</context>
<context>
    <name>stock</name>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="193" />
        <source>(无)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="194" />
        <source>{task} (每{days}天, 到期 {due})</source>
        <translation>{task} (every {days} days, due {due})</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="195" />
        <source>五定任务</source>
        <translation>Upkeep task</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="196" />
        <source>五定维护完成 — {0}</source>
        <translation>Upkeep done — {0}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="197" />
        <source>入库 — {0}</source>
        <translation>Receive — {0}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="198" />
        <source>出库 — {0}</source>
        <translation>Issue — {0}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="199" />
        <source>出库须依据动用指令, 请填写指令编号</source>
        <translation>An issue follows a release order: enter its number</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="200" />
        <source>动用指令编号</source>
        <translation>Release order no.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="201" />
        <source>单位 (新物资)</source>
        <translation>Unit (new item)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="202" />
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="203" />
        <source>来源 / 凭证号</source>
        <translation>Source / voucher no.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="204" />
        <source>物资</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="205" />
        <source>物资名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="206" />
        <source>物资名称不能为空</source>
        <translation>The item needs a name</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="207" />
        <source>用于事件</source>
        <translation>For incident</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="208" />
        <source>类别 (新物资)</source>
        <translation>Category (new item)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="209" />
        <source>该仓库没有五定任务</source>
        <translation>This store has no upkeep tasks</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="210" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="211" />
        <source>领用人</source>
        <translation>Recipient</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="3" />
        <source>Ⅰ级响应</source>
        <translation>Level I response</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="4" />
        <source>Ⅱ级响应</source>
        <translation>Level II response</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="5" />
        <source>Ⅲ级响应</source>
        <translation>Level III response</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="6" />
        <source>Ⅳ级响应</source>
        <translation>Level IV response</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="7" />
        <source>一般</source>
        <translation>Ordinary (IV)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="8" />
        <source>上级通报</source>
        <translation>Upper-level notice</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="9" />
        <source>专业应急救援队伍</source>
        <translation>Professional rescue team</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="10" />
        <source>专家</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="11" />
        <source>专项预案</source>
        <translation>Special plan</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="12" />
        <source>乡镇级</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="13" />
        <source>书面报告</source>
        <translation>Written report</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="14" />
        <source>事故灾难</source>
        <translation>Accident</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="15" />
        <source>休整</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="16" />
        <source>入库</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="17" />
        <source>出库</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="18" />
        <source>到场</source>
        <translation>On scene</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="19" />
        <source>单兵图传</source>
        <translation>Body camera</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="20" />
        <source>危险化学品</source>
        <translation>Hazardous chemicals</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="21" />
        <source>县级</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="22" />
        <source>台风</source>
        <translation>Typhoon</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="23" />
        <source>地质灾害</source>
        <translation>Landslide</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="24" />
        <source>地震</source>
        <translation>Earthquake</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="25" />
        <source>基层应急救援队伍</source>
        <translation>Grassroots rescue team</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="26" />
        <source>处置中</source>
        <translation>Responding</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="27" />
        <source>处置完毕</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="28" />
        <source>天网</source>
        <translation>Skynet camera</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="29" />
        <source>山洪</source>
        <translation>Flash flood</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="30" />
        <source>工贸</source>
        <translation>Industry and trade</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="31" />
        <source>已派出</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="32" />
        <source>已解除</source>
        <translation>All clear</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="33" />
        <source>市级</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="34" />
        <source>建筑施工</source>
        <translation>Construction</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="35" />
        <source>待命</source>
        <translation>Standby</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="36" />
        <source>总体预案</source>
        <translation>General plan</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="37" />
        <source>指挥官</source>
        <translation>Commander</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="38" />
        <source>接报</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="39" />
        <source>无人机</source>
        <translation>Drone</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="40" />
        <source>暴雨洪涝</source>
        <translation>Rainstorm flood</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="41" />
        <source>未启动</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="42" />
        <source>未转移</source>
        <translation>Not moving</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="43" />
        <source>村级简明预案</source>
        <translation>Village plan</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="44" />
        <source>村级视频室</source>
        <translation>Village video room</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="45" />
        <source>核实</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="46" />
        <source>森林火灾</source>
        <translation>Forest fire</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="47" />
        <source>橙色</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="48" />
        <source>火灾</source>
        <translation>Fire</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="49" />
        <source>烟花爆竹</source>
        <translation>Fireworks</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="50" />
        <source>特别重大</source>
        <translation>Extraordinary (I)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="51" />
        <source>特种设备</source>
        <translation>Special equipment</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="52" />
        <source>电话初报</source>
        <translation>Phone report</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="53" />
        <source>电话接警</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="54" />
        <source>监测报警</source>
        <translation>Sensor alarm</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="55" />
        <source>监管员</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="56" />
        <source>矿山</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="57" />
        <source>社会应急力量</source>
        <translation>Volunteer force</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="58" />
        <source>红色</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="59" />
        <source>续报</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="60" />
        <source>综合性消防救援队伍</source>
        <translation>Fire and rescue</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="61" />
        <source>网格员查报</source>
        <translation>Grid member</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="62" />
        <source>自然灾害</source>
        <translation>Natural disaster</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="63" />
        <source>蓝色</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="64" />
        <source>视频巡查</source>
        <translation>Video patrol</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="65" />
        <source>调拨</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="66" />
        <source>责任人</source>
        <translation>Caretaker</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="67" />
        <source>转移中</source>
        <translation>Moving</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="68" />
        <source>较大</source>
        <translation>Major (III)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="69" />
        <source>返回</source>
        <translation>Returning</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="70" />
        <source>道路交通</source>
        <translation>Road traffic</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="71" />
        <source>重大</source>
        <translation>Serious (II)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="72" />
        <source>雨雪冰冻</source>
        <translation>Ice and snow</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="73" />
        <source>雪亮</source>
        <translation>Xueliang camera</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="74" />
        <source>驻军和民兵</source>
        <translation>Army and militia</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmph1yf2xxr/core_strings.py" line="75" />
        <source>黄色</source>
        <translation>Yellow</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../commandcenter/ui/basedata/__init__.py" line="25" />
        <source>基础数据(&amp;B)</source>
        <translation>&amp;Base data</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/__init__.py" line="29" />
        <source>导入 {0}…</source>
        <translation>Import {0}…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/__init__.py" line="34" />
        <source>导出 {0}…</source>
        <translation>Export {0}…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/__init__.py" line="39" />
        <source>新增救援队伍…</source>
        <translation>Add a rescue team…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/__init__.py" line="40" />
        <source>修改联系电话…</source>
        <translation>Change a phone number…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/__init__.py" line="41" />
        <source>注销视频点…</source>
        <translation>Retire a camera…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/basedata/__init__.py" line="48" />
        <source>插件…</source>
        <translation>Plugins…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/notify/__init__.py" line="16" />
        <source>提醒</source>
        <translation>Alerts</translation>
    </message>
</context>
</TS>