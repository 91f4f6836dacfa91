<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="135" />
        <source>(无)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="136" />
        <source>事件级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="137" />
        <source>关联事件</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="138" />
        <source>关联视频</source>
        <translation>Link video</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="139" />
        <source>办结 — {title}</source>
        <translation>Close — {title}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="140" />
        <source>受伤</source>
        <translation>Injured</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="141" />
        <source>受灾人数</source>
        <translation>People affected</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="142" />
        <source>启动转移 — {zone}</source>
        <translation>Start evacuation — {zone}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="143" />
        <source>启动预案响应 — {title}</source>
        <translation>Activate plan — {title}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="144" />
        <source>响应级别</source>
        <translation>Response level</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="145" />
        <source>在安全屋人数</source>
        <translation>People in safe house</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="146" />
        <source>处理冲突</source>
        <translation>Settle conflict</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="147" />
        <source>处理结果</source>
        <translation>How it was settled</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="148" />
        <source>处置结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="149" />
        <source>失踪</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="150" />
        <source>已转移人数</source>
        <translation>People moved</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="151" />
        <source>已转移户数</source>
        <translation>Households moved</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="152" />
        <source>应转移 {h} 户 {p} 人; 超出时须写明原因</source>
        <translation>To move: {h} households, {p} people; counts above that need a reason</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="153" />
        <source>应转移人数</source>
        <translation>People to move</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="154" />
        <source>应转移户数</source>
        <translation>Households to move</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="155" />
        <source>死亡</source>
        <translation>Dead</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="156" />
        <source>没有可启动的预案</source>
        <translation>No plan to activate</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="157" />
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="158" />
        <source>续报 — {title}</source>
        <translation>Follow-up — {title}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="159" />
        <source>续报内容</source>
        <translation>Follow-up text</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="160" />
        <source>被困</source>
        <translation>Trapped</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="161" />
        <source>视频源 (由近到远)</source>
        <translation>Video source (nearest first)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="162" />
        <source>请先在警情列表中选中一个事件</source>
        <translation>Select an incident on the board first</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="163" />
        <source>调整级别 — {title}</source>
        <translation>Change severity — {title}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="164" />
        <source>超出计划的原因</source>
        <translation>Reason for exceeding the plan</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="165" />
        <source>转移统计 — {zone}</source>
        <translation>Evacuation count — {zone}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="166" />
        <source>预案</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>ContactStrip</name>
    <message>
        <location filename="../../commandcenter/ui/contacts.py" line="22" />
        <source>选中一行以显示联系电话</source>
        <translation>Select a row to see the phone numbers</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/contacts.py" line="44" />
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/contacts.py" line="45" />
        <source>复制 {phone} 到剪贴板</source>
        <translation>Copy {phone} to the clipboard</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../commandcenter/ui/desk.py" line="136" />
        <location filename="../../commandcenter/ui/desk.py" line="138" />
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
        <location filename="../../commandcenter/ui/dialogs/dispatch.py" line="40" />
        <source>{type}，{place}。按得分排序，勾选要派遣的队伍 (空格键勾选)。</source>
        <translation>{type}, {place}. Ordered by score; tick the teams to send (Space ticks).</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/dispatch.py" line="49" />
        <source>得分 = 专长对口 50 (或综合力量 20) + (30 − 距离公里) + 本乡镇 5 + 人数÷4 (至多 15) − 正在返回 10。距离只是其中一项，所以较远但专长对口或人多的队伍可能排在前面。</source>
        <translation>Score = matching speciality 50 (or general force 20) + (30 − distance in km) + same township 5 + headcount ÷ 4 (at most 15) − returning 10. Distance is one term only, so a farther specialist or larger team can rank first.</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/dispatch.py" line="60" />
        <source>队伍</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/dispatch.py" line="61" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/dispatch.py" line="62" />
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/dispatch.py" line="63" />
        <source>距离</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/dispatch.py" line="64" />
        <source>推荐理由</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/dispatch.py" line="65" />
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/dispatch.py" line="78" />
        <source>{km:.1f} 公里</source>
        <translation>{km:.1f} km</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/dispatch.py" line="91" />
        <source>没有待命的队伍。</source>
        <translation>No team on standby.</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/dispatch.py" line="93" />
        <source>任务，例如：人员搜救、人员转移</source>
        <translation>Task, e.g. search and rescue, evacuation</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/dispatch.py" line="94" />
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/dispatch.py" line="96" />
        <source>派遣</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/dispatch.py" line="128" />
        <source>请至少勾选一支队伍</source>
        <translation>Tick at least one team</translation>
    </message>
</context>
<context>
    <name>EvacPane</name>
    <message>
        <location filename="../../commandcenter/ui/panes/evac.py" line="40" />
        <source>全部区域</source>
        <translation>All zones</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/evac.py" line="45" />
        <source>搜索区域、责任人…</source>
        <translation>Search zones, people…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/evac.py" line="58" />
        <source>叫应:</source>
        <translation>Call:</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/evac.py" line="62" />
        <source>{role}已应答</source>
        <translation>{role} answered</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/evac.py" line="63" />
        <source>{role}未应答</source>
        <translation>{role} no answer</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/evac.py" line="72" />
        <source>启动转移…</source>
        <translation>Start evacuation…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/evac.py" line="73" />
        <source>转移统计…</source>
        <translation>Count…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/evac.py" line="74" />
        <source>解除</source>
        <translation>All clear</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/evac.py" line="107" />
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
    <name>HandoverWizard</name>
    <message>
        <location filename="../../commandcenter/ui/handover_wizard.py" line="55" />
        <location filename="../../commandcenter/ui/handover_wizard.py" line="249" />
        <source>交接班</source>
        <translation>Shift handover</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/handover_wizard.py" line="65" />
        <source>正在从日志汇总本班情况…</source>
        <translation>Compiling the shift from the log…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/handover_wizard.py" line="68" />
        <source>每行一项待办</source>
        <translation>One pending item per line</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/handover_wizard.py" line="73" />
        <source>交班签字</source>
        <translation>Sign off (outgoing)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/handover_wizard.py" line="74" />
        <source>接班签字</source>
        <translation>Sign on (incoming)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/handover_wizard.py" line="75" />
        <source>生成报告 PDF</source>
        <translation>Report PDF</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/handover_wizard.py" line="76" />
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/handover_wizard.py" line="77" />
        <source>开始新班次</source>
        <translation>Start next shift</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/handover_wizard.py" line="80" />
        <source>待办事项</source>
        <translation>Pending items</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/handover_wizard.py" line="81" />
        <source>交班备注</source>
        <translation>Outgoing notes</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/handover_wizard.py" line="82" />
        <source>接班值班员</source>
        <translation>Incoming officer</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/handover_wizard.py" line="83" />
        <source>接班带班领导</source>
        <translation>Incoming leader on duty</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/handover_wizard.py" line="84" />
        <source>报告文件</source>
        <translation>Report file</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/handover_wizard.py" line="126" />
        <source>当前没有值班班次: 请直接开始新班次</source>
        <translation>No shift on duty: start a new shift</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/handover_wizard.py" line="129" />
        <source>未签</source>
        <translation>not signed</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/handover_wizard.py" line="132" />
        <source>&lt;b&gt;班次 {id}&lt;/b&gt;  值班员 {officer}  带班领导 {leader}  自 {since}  交班签字: {out}  接班签字: {in_}</source>
        <translation>&lt;b&gt;Shift {id}&lt;/b&gt;  officer {officer}  leader on duty {leader}  since {since}  outgoing: {out}  incoming: {in_}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/handover_wizard.py" line="151" />
        <source>交接班-{id}.pdf</source>
        <translation>handover-{id}.pdf</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/handover_wizard.py" line="188" />
        <source>已汇总: 本时段日志 {n} 条, 日志头 {head}</source>
        <translation>Compiled: {n} log entries in the period, log head {head}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/handover_wizard.py" line="197" />
        <source>失败: {0}</source>
        <translation>Failed: {0}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/handover_wizard.py" line="208" />
        <source>正在回放日志…</source>
        <translation>Replaying the log…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/handover_wizard.py" line="208" />
        <source>正在排版打印…</source>
        <translation>Laying out pages…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/handover_wizard.py" line="267" />
        <source>请先填写接班值班员</source>
        <translation>Enter the incoming officer first</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/handover_wizard.py" line="336" />
        <source>已生成 {path}: {pages} 页, 日志头 {head}</source>
        <translation>Written {path}: {pages} pages, log head {head}</translation>
    </message>
</context>
<context>
    <name>IncidentBoard</name>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="61" />
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="62" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="66" />
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="70" />
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="73" />
        <source>全部时间</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="74" />
        <source>近1小时</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="75" />
        <source>近6小时</source>
        <translation>Last 6 hours</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="76" />
        <source>近24小时</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="80" />
        <source>搜索标题、地点…</source>
        <translation>Search title, place…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="82" />
        <source>接报 (F2)</source>
        <translation>New report (F2)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="85" />
        <source>派遣…</source>
        <translation>Dispatch…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="102" />
        <source>⚠ 粉色行有待处理的冲突 — 选中后在事件详情中点“处理…”</source>
        <translation>⚠ Pink rows have conflicts to settle — select one and press “Settle…” in the incident detail</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="105" />
        <source>两台值班台在离线时做了相互矛盾的决定(如同一队伍派往两处)，系统保留两条记录并标出冲突，由值班员核对后处理。</source>
        <translation>Two desks made contradicting decisions while offline (e.g. one team sent to two places); both are kept and flagged until an officer checks and settles them.</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="220" />
        <source>{n} 条新警情将在鼠标移开列表后显示</source>
        <translation>{n} new reports will show when the pointer leaves the list</translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="42" />
        <source>未选中事件 — 在警情列表或地图上点选</source>
        <translation>No incident selected — pick one on the board or the map</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="51" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="52" />
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="53" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="54" />
        <source>发生</source>
        <translation>Occurred</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="55" />
        <source>接报</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="56" />
        <source>报告人</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="57" />
        <source>受威胁</source>
        <translation>Threatened</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="58" />
        <source>响应</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="59" />
        <source>报送</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="60" />
        <source>伤亡</source>
        <translation>Casualties</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="79" />
        <source>核实</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="80" />
        <source>续报…</source>
        <translation>Follow-up…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="81" />
        <source>调整级别…</source>
        <translation>Change severity…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="82" />
        <source>启动响应…</source>
        <translation>Activate response…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="83" />
        <source>已电话初报</source>
        <translation>Phone report sent</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="84" />
        <source>已书面报告</source>
        <translation>Written report sent</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="87" />
        <source>派遣队伍…</source>
        <translation>Dispatch teams…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="88" />
        <source>调拨物资…</source>
        <translation>Transfer materials…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="89" />
        <source>关联视频…</source>
        <translation>Link video…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="90" />
        <source>办结…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="111" />
        <source>时间线</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="112" />
        <source>队伍</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="113" />
        <source>视频</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="170" />
        <source>【演练】</source>
        <translation>[DRILL] </translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="180" />
        <source>{h} 户 {p} 人</source>
        <translation>{h} households, {p} people</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="192" />
        <source>{cas} · 受灾 {a}</source>
        <translation>{cas} · affected {a}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="204" />
        <source>冲突: {text}</source>
        <translation>Conflict: {text}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="207" />
        <source>处理…</source>
        <translation>Settle…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="217" />
        <source>已离开</source>
        <translation>left</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="235" />
        <source>{label} 已超时 {t}</source>
        <translation>{label}: overdue by {t}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="240" />
        <source>{label} 剩余 {t}</source>
        <translation>{label}: {t} left</translation>
    </message>
</context>
<context>
    <name>IncidentModel</name>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="174" />
        <source>{label} 超时 {t}</source>
        <translation>{label} overdue {t}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="175" />
        <source>【演练】</source>
        <translation>[DRILL] </translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="176" />
        <source>伤亡</source>
        <translation>Casualties</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="177" />
        <source>冲突 (需人工核对，在事件详情中处理): {texts}</source>
        <translation>Conflict (check by hand, settle in the incident detail): {texts}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="178" />
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="179" />
        <source>应于 {due} 前完成{label}</source>
        <translation>{label} due by {due}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="180" />
        <source>报送时限</source>
        <translation>Reporting due</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="181" />
        <source>接报</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="182" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="183" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="184" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="185" />
        <source>级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="186" />
        <source>队伍</source>
        <translation>Teams</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="58" />
        <source>接报 — 电话报告</source>
        <translation>New report — phone call</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="82" />
        <source>输入乡镇名称的任意部分</source>
        <translation>Type any part of the township name</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="84" />
        <source>村(社区)，可留空</source>
        <translation>Village (optional)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="89" />
        <source>组、门牌或地标</source>
        <translation>Group, house number or landmark</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="102" />
        <source>手机或座机号码</source>
        <translation>Mobile or landline number</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="104" />
        <source>留空则按地点和类型生成</source>
        <translation>Leave empty to use place and type</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="111" />
        <source>死亡</source>
        <translation>Dead</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="112" />
        <source>受伤</source>
        <translation>Injured</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="113" />
        <source>失踪</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="114" />
        <source>被困</source>
        <translation>Trapped</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="115" />
        <source>受灾</source>
        <translation>Affected</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="126" />
        <source>户</source>
        <translation>households</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="127" />
        <source>人</source>
        <translation>people</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="137" />
        <source>事件类型(&amp;T)</source>
        <translation>Incident &amp;type</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="138" />
        <source>事件级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="139" />
        <source>信息来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="140" />
        <source>乡镇(街道)(&amp;Z)</source>
        <translation>Township (&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="141" />
        <source>村(社区)</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="142" />
        <source>具体位置</source>
        <translation>Exact place</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="143" />
        <source>发生时间(&amp;W)</source>
        <translation>Occurred at (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="213" />
        <source>联系电话“{phone}”不是电话号码(只能有数字、+、-)</source>
        <translation>Phone “{phone}” is not a phone number (digits, + and - only)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="144" />
        <source>报告人</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="145" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="146" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="147" />
        <source>情况描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="148" />
        <source>伤亡人数</source>
        <translation>Casualties</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="149" />
        <source>受威胁</source>
        <translation>Threatened</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="150" />
        <source>记录接报</source>
        <translation>Record report</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="191" />
        <source>请从列表中选择事件类型</source>
        <translation>Pick an incident type from the list</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="196" />
        <source>请从列表中选择乡镇(街道)</source>
        <translation>Pick a township from the list</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/intake.py" line="202" />
        <source>{town} 没有名为 {village} 的村(社区)</source>
        <translation>{town} has no village named {village}</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="187" />
        <source>【演练】</source>
        <translation>[DRILL] </translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="188" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="189" />
        <source>值班人</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="190" />
        <source>站点</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="191" />
        <source>内容</source>
        <translation>Entry</translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="42" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="43" />
        <source>事件</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="44" />
        <source>队伍</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="45" />
        <source>物资</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="46" />
        <source>3人1屋</source>
        <translation>Evacuation (3+1)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="47" />
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="53" />
        <source>仅当前事件</source>
        <translation>This incident only</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="56" />
        <source>搜索日志…</source>
        <translation>Search the log…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="59" />
        <source>完整性校验</source>
        <translation>Integrity check</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="90" />
        <source>正在校验…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="101" />
        <source>✓ 日志完整: 已校验 {n} 条，{s} 个站点，链尾 {h}</source>
        <translation>✓ Log intact: {n} entries from {s} stations checked, head {h}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="107" />
        <source>✗ 日志被改动: {first}</source>
        <translation>✗ Log altered: {first}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="38" />
        <source>应急指挥中心 值班台</source>
        <translation>Emergency Command Centre — Duty Desk</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="43" />
        <source>【演练】</source>
        <translation>[DRILL] </translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="135" />
        <source>值班(&amp;D)</source>
        <translation>&amp;Duty</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="136" />
        <source>接报…</source>
        <translation>New report…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="141" />
        <source>派遣队伍…</source>
        <translation>Dispatch teams…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="145" />
        <source>物资调拨…</source>
        <translation>Transfer materials…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="149" />
        <source>交接班…</source>
        <translation>Shift handover…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="153" />
        <location filename="../../commandcenter/ui/main_window.py" line="229" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="158" />
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="164" />
        <source>恢复默认布局</source>
        <translation>Restore default layout</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="167" />
        <source>语言 / Language</source>
        <translation>语言 / Language</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="186" />
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="188" />
        <source>界面语言将在重新启动值班台后生效。
The language applies when the desk is restarted.</source>
        <translation>The language applies when the desk is restarted.</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="222" />
        <source>退出值班台</source>
        <translation>Quit the desk</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="223" />
        <source>确定退出值班台吗？退出后本机不再接收警情和中心同步，直到再次打开。</source>
        <translation>Quit the duty desk? Until it is opened again this machine receives no reports and does not sync with the hub.</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="231" />
        <source>继续值班</source>
        <translation>Stay on duty</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <location filename="../../commandcenter/ui/panes/map.py" line="22" />
        <source>隐患点/避险区</source>
        <translation>Hazard sites / zones</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/map.py" line="23" />
        <source>避难场所</source>
        <translation>Shelters</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/map.py" line="24" />
        <source>物资仓库</source>
        <translation>Stores</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/map.py" line="25" />
        <source>视频点</source>
        <translation>Cameras</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/map.py" line="26" />
        <source>救援队伍</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/map.py" line="27" />
        <source>警情</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/map.py" line="53" />
        <source>正在载入地图…</source>
        <translation>Loading the map…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/map.py" line="69" />
        <source> &amp;nbsp; &lt;span style='color:#0d47a1'&gt;◎&lt;/span&gt; 选中事件</source>
        <translation> &amp;nbsp; &lt;span style='color:#0d47a1'&gt;◎&lt;/span&gt; selected incident</translation>
    </message>
</context>
<context>
    <name>MaterialsPane</name>
    <message>
        <location filename="../../commandcenter/ui/panes/materials.py" line="49" />
        <source>全部级别</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/materials.py" line="53" />
        <source>调拨…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/materials.py" line="68" />
        <source>库存</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/materials.py" line="69" />
        <source>台账</source>
        <translation>Ledger</translation>
    </message>
</context>
<context>
    <name>RosterModels</name>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="192" />
        <source>{mh}/{th} 户，{mp}/{tp} 人</source>
        <translation>{mh}/{th} households, {mp}/{tp} people</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="193" />
        <source>{name} 未叫应</source>
        <translation>{name} not called</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="194" />
        <source>✓已应答</source>
        <translation>✓ answered</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="195" />
        <source>✗未应答</source>
        <translation>✗ no answer</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="196" />
        <source>专长</source>
        <translation>Speciality</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="197" />
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="198" />
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="199" />
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="200" />
        <source>在安全屋</source>
        <translation>In safe house</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="201" />
        <source>安全屋</source>
        <translation>Safe house</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="202" />
        <source>已转移/应转移</source>
        <translation>Moved / to move</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="203" />
        <source>户/人</source>
        <translation>Households/people</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="204" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="205" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="206" />
        <source>负责人</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="207" />
        <source>避险区域</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="208" />
        <source>队伍</source>
        <translation>Teams</translation>
    </message>
</context>
<context>
    <name>StoreModels</name>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="209" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="210" />
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="211" />
        <source>五定维护</source>
        <translation>Upkeep</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="212" />
        <source>仓库</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="213" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="214" />
        <source>品种</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="215" />
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="216" />
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="217" />
        <source>物资</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="218" />
        <source>短缺</source>
        <translation>Short</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="219" />
        <source>管理责任人</source>
        <translation>Keeper</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="220" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="221" />
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="222" />
        <source>超期: {tasks}</source>
        <translation>Overdue: {tasks}</translation>
    </message>
</context>
<context>
    <name>TeamsPane</name>
    <message>
        <location filename="../../commandcenter/ui/panes/teams.py" line="30" />
        <source>全部类别</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/teams.py" line="34" />
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/teams.py" line="38" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/teams.py" line="42" />
        <source>搜索队伍、负责人…</source>
        <translation>Search teams, leaders…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/teams.py" line="62" />
        <source>派往当前事件…</source>
        <translation>Send to current incident…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/teams.py" line="63" />
        <source>到场</source>
        <translation>On scene</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/teams.py" line="64" />
        <source>返回</source>
        <translation>Returning</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/teams.py" line="65" />
        <source>待命</source>
        <translation>Standby</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/teams.py" line="66" />
        <source>休整</source>
        <translation>Rest</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/teams.py" line="95" />
        <source>负责人</source>
        <translation>Leader</translation>
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
        <location filename="../../commandcenter/ui/dialogs/transfer.py" line="30" />
        <source>物资调拨</source>
        <translation>Transfer materials</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/transfer.py" line="47" />
        <source>(不关联事件)</source>
        <translation>(no incident)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/transfer.py" line="52" />
        <location filename="../../commandcenter/ui/dialogs/transfer.py" line="115" />
        <source>调出仓库</source>
        <translation>From warehouse</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/transfer.py" line="53" />
        <location filename="../../commandcenter/ui/dialogs/transfer.py" line="120" />
        <source>物资</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/transfer.py" line="54" />
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/transfer.py" line="55" />
        <location filename="../../commandcenter/ui/dialogs/transfer.py" line="121" />
        <source>调入仓库</source>
        <translation>To warehouse</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/transfer.py" line="56" />
        <source>用于事件</source>
        <translation>For incident</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/transfer.py" line="57" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/transfer.py" line="60" />
        <source>调拨</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/transfer.py" line="87" />
        <source>{item} 库存: {qty} {unit}</source>
        <translation>{item} in stock: {qty} {unit}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/transfer.py" line="92" />
        <source>没有相符的物资</source>
        <translation>No item matches</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/dialogs/transfer.py" line="119" />
        <source>调出仓库没有库存物资</source>
        <translation>The source warehouse has no stock</translation>
    </message>
</context>
<context>
    <name>VideoWall</name>
    <message>
        <location filename="../../commandcenter/ui/panes/video.py" line="71" />
        <source>{n}画面</source>
        <translation>{n} tiles</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/video.py" line="122" />
        <source>{title}: 已关联 {n} 路，其余为就近推荐</source>
        <translation>{title}: {n} linked, the rest are the nearest suggestions</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/video.py" line="124" />
        <source>未选中事件: 显示全部视频源</source>
        <translation>No incident selected: all video sources</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/video.py" line="131" />
        <source>(空)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/video.py" line="135" />
        <source>在线</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/video.py" line="135" />
        <source>离线</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/video.py" line="138" />
        <source>已关联: {t}</source>
        <translation>Linked: {t}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/video.py" line="140" />
        <source>推荐</source>
        <translation>suggested</translation>
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
    <name>fmt</name>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="170" />
        <source>亡</source>
        <translation>dead </translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="171" />
        <source>伤</source>
        <translation>injured </translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="172" />
        <source>困</source>
        <translation>trapped </translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="173" />
        <source>失联</source>
        <translation>missing </translation>
    </message>
</context>
<context>
    <name>log</name>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="231" />
        <source> ({inc})</source>
        <translation> ({inc})</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="232" />
        <source> ({note})</source>
        <translation> ({note})</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="233" />
        <source> (超出计划: {reason})</source>
        <translation> (above plan: {reason})</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="234" />
        <source> {text}</source>
        <translation> {text}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="235" />
        <source> 交 {who}</source>
        <translation> to {who}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="236" />
        <source> 任务: {task}</source>
        <translation>, task: {task}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="237" />
        <source> 应对 {inc}</source>
        <translation> for {inc}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="238" />
        <source> 支援 {inc}</source>
        <translation> for {inc}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="239" />
        <source> 用于 {inc}</source>
        <translation> for {inc}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="240" />
        <source>, 理由: {reason}</source>
        <translation>, reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="241" />
        <source>: {note}</source>
        <translation>: {note}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="242" />
        <source>: {summary}</source>
        <translation>: {summary}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="243" />
        <source>[{meeting}] </source>
        <translation>[{meeting}] </translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="244" />
        <source>{actor} {what}</source>
        <translation>{actor} {what}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="245" />
        <source>{colour}{hazard}预警</source>
        <translation>{colour} warning: {hazard}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="246" />
        <source>{kind} (内容无法识别)</source>
        <translation>{kind} (unreadable content)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="247" />
        <source>{meeting}决定: {text}{inc}</source>
        <translation>{meeting}Decision: {text}{inc}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="248" />
        <source>{name} {side}签字{note}</source>
        <translation>{name} signed the {side}{note}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="249" />
        <source>{name}({n}人)</source>
        <translation>{name} ({n} people)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="250" />
        <source>{store} 入库 {item} {qty}{unit}</source>
        <translation>{store} received {item} {qty} {unit}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="251" />
        <source>{store} 出库 {item} {qty}{inc}{to}</source>
        <translation>{store} issued {item} {qty}{inc}{to}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="252" />
        <source>{store} 完成{task}</source>
        <translation>{store} completed {task}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="253" />
        <source>{team} 到达现场</source>
        <translation>{team} arrived on scene</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="254" />
        <source>{team} 恢复待命</source>
        <translation>{team} back on standby</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="255" />
        <source>{team} 转入休整</source>
        <translation>{team} resting</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="256" />
        <source>{team} 返回{note}</source>
        <translation>{team} returning{note}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="257" />
        <source>{zone} 已转移 {h}户{n}人, 安全屋 {safe}人{reason}</source>
        <translation>{zone}: {h} households, {n} people moved; {safe} in the safe house{reason}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="258" />
        <source>{zone} 解除转移</source>
        <translation>{zone}: evacuation lifted</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="259" />
        <source>·{sub}</source>
        <translation> · {sub}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="260" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="261" />
        <source>「{title}」</source>
        <translation>“{title}”</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="262" />
        <source>【演练】</source>
        <translation>[DRILL] </translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="263" />
        <source>上级</source>
        <translation>the level above</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="264" />
        <source>上线</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="265" />
        <source>书面报告</source>
        <translation>Written report</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="266" />
        <source>事件{id}</source>
        <translation>incident {id}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="267" />
        <source>交班</source>
        <translation>handover (outgoing)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="268" />
        <source>办结 {inc}{summary}</source>
        <translation>Closed {inc}{summary}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="269" />
        <source>发布{colour}预警: {hazard}{text}</source>
        <translation>Issued {colour} warning: {hazard}{text}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="270" />
        <source>受伤{n}人</source>
        <translation>{n} injured</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="271" />
        <source>叫应 {zone} {role}{who}: {answer}{note}</source>
        <translation>Called {zone} {role}{who}: {answer}{note}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="272" />
        <source>向{to}{stage} {inc}</source>
        <translation>{stage} to {to}: {inc}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="273" />
        <source>启动 {plan} {level}{inc}</source>
        <translation>Activated {plan} {level}{inc}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="274" />
        <source>启动 {zone} 人员转移, 计划 {h}户{n}人</source>
        <translation>Started evacuation of {zone}: {h} households, {n} people planned</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="275" />
        <source>处理冲突: {note}</source>
        <translation>Settled a conflict: {note}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="276" />
        <source>失踪{n}人</source>
        <translation>{n} missing</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="277" />
        <source>将 {inc} 调整为{severity}{reason}</source>
        <translation>Changed {inc} to {severity}{reason}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="278" />
        <source>已应答</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="279" />
        <source>建立 {name} 基础信息</source>
        <translation>Set up {name}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="280" />
        <source>报告 {text}</source>
        <translation>Reported {text}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="281" />
        <source>接入视频 {video} 至 {inc}</source>
        <translation>Linked camera {video} to {inc}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="282" />
        <source>接报 {town}{village} {type}{subtype}: {title}({severity}, {source}){cas}{drill}</source>
        <translation>Report from {town} {village}: {type}{subtype}, {title} ({severity}, {source}){cas}{drill}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="283" />
        <source>接班</source>
        <translation>handover (incoming)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="284" />
        <source>接班, 值班员 {officer}, 带班领导 {leader}</source>
        <translation>Took over the shift: officer {officer}, leader on duty {leader}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="285" />
        <source>断开视频 {video}</source>
        <translation>Unlinked camera {video}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="286" />
        <source>未应答</source>
        <translation>no answer</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="287" />
        <source>本班结束</source>
        <translation>Shift ended</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="288" />
        <source>核实 {inc}{note}</source>
        <translation>Verified {inc}{note}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="289" />
        <source>死亡{n}人</source>
        <translation>{n} dead</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="290" />
        <source>派遣 {team} 前往 {place}{task}</source>
        <translation>Dispatched {team} to {place}{task}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="291" />
        <source>电话初报</source>
        <translation>Phone report</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="292" />
        <source>登记{level}物资仓库 {name}</source>
        <translation>Registered {level} store {name}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="293" />
        <source>登记乡镇 {name}({n}个村)</source>
        <translation>Registered township {name} ({n} villages)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="294" />
        <source>登记视频源 {name}({kind})</source>
        <translation>Registered camera {name} ({kind})</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="295" />
        <source>登记避险区域 {name}, 指挥官 {who}</source>
        <translation>Registered zone {name}, commander {who}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="296" />
        <source>登记避难场所 {name}(容纳{n}人)</source>
        <translation>Registered shelter {name} (for {n} people)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="297" />
        <source>登记队伍 {name}({n}人, {kind})</source>
        <translation>Registered team {name} ({n} people, {kind})</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="298" />
        <source>登记预案 {name}</source>
        <translation>Registered plan {name}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="299" />
        <source>离线</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="300" />
        <source>终报</source>
        <translation>final report</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="301" />
        <source>终止 {plan} 应急响应</source>
        <translation>Ended the response under {plan}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="302" />
        <source>续报</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="303" />
        <source>续报 {inc}: {text}{cas}</source>
        <translation>Follow-up on {inc}: {text}{cas}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="304" />
        <source>被困{n}人</source>
        <translation>{n} trapped</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="305" />
        <source>视频 {video} {state}</source>
        <translation>Camera {video} {state}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="306" />
        <source>解除预警 {w}</source>
        <translation>Lifted {w}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="307" />
        <source>记录 {text}</source>
        <translation>Recorded: {text}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="308" />
        <source>调拨 {item} {qty} 从 {source} 到 {target}{inc}</source>
        <translation>Transferred {item} {qty} from {source} to {target}{inc}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="309" />
        <source>队伍{id}</source>
        <translation>team {id}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="310" />
        <source>，{parts}</source>
        <translation>; {parts}</translation>
    </message>
</context>
<context>
    <name>panes</name>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="223" />
        <source>事件详情</source>
        <translation>Incident detail</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="224" />
        <source>3人1屋</source>
        <translation>Evacuation (3+1)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="225" />
        <source>警情</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="226" />
        <source>值班日志</source>
        <translation>Decision log</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="227" />
        <source>一张图</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="228" />
        <source>应急物资</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="229" />
        <source>救援队伍</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="230" />
        <source>视频联报</source>
        <translation>Video wall</translation>
    </message>
</context>
<context>
    <name>pick</name>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="167" />
        <source>“{text}”对应多个{what}: {names}，请写完整</source>
        <translation>“{text}” matches several entries ({what}): {names}; type more of the name</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="168" />
        <source>没有与“{text}”相符的{what}</source>
        <translation>Nothing matches “{text}” ({what})</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="169" />
        <source>请填写{what}</source>
        <translation>Fill in: {what}</translation>
    </message>
</context>
<context>
    <name>ranking</name>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="311" />
        <source>{n} 人</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="312" />
        <source>专长对口</source>
        <translation>speciality matches</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="313" />
        <source>本乡镇</source>
        <translation>same township</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="314" />
        <source>正在返回</source>
        <translation>returning</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="315" />
        <source>综合力量</source>
        <translation>all-round force</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="316" />
        <source>距离 {km:.1f} 公里</source>
        <translation>{km:.1f} km away</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="88" />
        <source>{store} 没有维护项目「{task}」</source>
        <translation>{store} has no upkeep task "{task}"</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="89" />
        <source>{store} 的 {item} 只有 {have}, 不足 {qty}</source>
        <translation>{store} has only {have} of {item}, fewer than {qty}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="90" />
        <source>{team} 已派往「{other}」, 请先召回</source>
        <translation>{team} is already sent to "{other}"; recall it first</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="91" />
        <source>{team} 已派往该事件</source>
        <translation>{team} is already sent to this incident</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="92" />
        <source>{team} 当前为{status}, 不能{action}</source>
        <translation>{team} is {status}; cannot {action}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="93" />
        <source>{team} 正在休整, 不能派遣</source>
        <translation>{team} is resting and cannot be dispatched</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="94" />
        <source>{type}没有细类 {subtype}</source>
        <translation>{type} has no sub-type {subtype}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="95" />
        <source>{video} 已关联该事件</source>
        <translation>{video} is already linked to this incident</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="96" />
        <source>{video} 未关联该事件</source>
        <translation>{video} is not linked to this incident</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="97" />
        <source>{what}编号 {id} 已存在</source>
        <translation>{what} id {id} already exists</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="98" />
        <source>{what}编号不能为空</source>
        <translation>{what} id must not be empty</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="99" />
        <source>{zone} 已在转移中</source>
        <translation>{zone} is already evacuating</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="100" />
        <source>{zone} 已转移 {n}{unit}, 多于应转移 {plan}{unit}: 请核对, 或写明超出原因</source>
        <translation>{zone}: {n} {unit} moved, more than the {plan} {unit} planned: check the count, or give the reason</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="101" />
        <source>{zone} 未在转移中</source>
        <translation>{zone} is not evacuating</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="102" />
        <source>{zone} 未在转移中, 请先启动转移</source>
        <translation>{zone} is not evacuating; start the evacuation first</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="103" />
        <source>上一班 ({officer}) 尚未完成交接班, 请先交接</source>
        <translation>The previous shift ({officer}) has not handed over yet</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="104" />
        <source>事件「{title}」已处置完毕</source>
        <translation>Incident "{title}" is closed</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="105" />
        <source>事件「{title}」已处置完毕, 不能重复办结</source>
        <translation>Incident "{title}" is already closed</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="106" />
        <source>事件「{title}」已是{status}, 无需再核实</source>
        <translation>Incident "{title}" is already {status}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="107" />
        <source>事件「{title}」已是该级别</source>
        <translation>Incident "{title}" already has that severity</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="108" />
        <source>事件标题不能为空</source>
        <translation>The incident needs a title</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="109" />
        <source>事件级别必须是 1–4 (特别重大、重大、较大、一般), 不是 {level}</source>
        <translation>Severity must be 1–4, not {level}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="110" />
        <source>伤亡人数不能为负数</source>
        <translation>Casualty figures cannot be negative</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="111" />
        <source>值班员和带班领导都必须填写</source>
        <translation>Both duty officer and leader are required</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="112" />
        <source>决策内容不能为空</source>
        <translation>The decision needs text</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="113" />
        <source>受威胁户数和人数不能为负数</source>
        <translation>Threatened households and people cannot be negative</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="114" />
        <source>响应级别必须是 Ⅰ–Ⅳ (1–4), 不是 {level}</source>
        <translation>Response level must be I–IV (1–4), not {level}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="115" />
        <source>安全屋人数 {n} 多于已转移人数 {m}</source>
        <translation>Safe house count {n} exceeds people moved {m}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="116" />
        <source>报送阶段 {stage} 不明 (phone/written/followup/final)</source>
        <translation>Unknown reporting stage {stage}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="117" />
        <source>数量必须大于 0, 不是 {qty}</source>
        <translation>Quantity must be above 0, not {qty}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="118" />
        <source>没有编号为 {id} 的{what}</source>
        <translation>No {what} with id {id}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="119" />
        <source>没有编号为 {id} 的乡镇</source>
        <translation>No township with id {id}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="120" />
        <source>没有编号为 {id} 的事件</source>
        <translation>No incident with id {id}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="121" />
        <source>物资名称不能为空</source>
        <translation>The item needs a name</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="122" />
        <source>签字人不能为空</source>
        <translation>The signer's name is required</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="123" />
        <source>签字方必须是 out (交班) 或 in (接班)</source>
        <translation>Side must be out or in</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="124" />
        <source>续报内容不能为空</source>
        <translation>The follow-up needs text</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="125" />
        <source>该冲突已处理</source>
        <translation>That conflict is already settled</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="126" />
        <source>该班次已签字</source>
        <translation>That shift is already signed</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="127" />
        <source>该班次已结束</source>
        <translation>That shift has ended</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="128" />
        <source>该预警已解除</source>
        <translation>That warning is already lifted</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="129" />
        <source>请写明处理结果</source>
        <translation>Write how it was settled</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="130" />
        <source>调出与调入仓库不能相同</source>
        <translation>Source and target warehouse must differ</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="131" />
        <source>转移户数、人数不能为负数</source>
        <translation>Households and people cannot be negative</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="132" />
        <source>预案「{name}」未启动</source>
        <translation>Plan "{name}" is not active</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="133" />
        <source>预警结束时间必须晚于开始时间</source>
        <translation>A warning must end after it starts</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="134" />
        <source>本站角色 {role} 无权提交「{kind}」</source>
        <translation>This station's role {role} may not submit "{kind}"</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../commandcenter/ui/startup.py" line="163" />
        <source>中心连接未启动: {0}</source>
        <translation>Hub connection not started: {0}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/startup.py" line="205" />
        <source>首次启动</source>
        <translation>First start</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/startup.py" line="206" />
        <source>本机还没有县情数据。是否载入演示县(青山县)以便熟悉值班台？</source>
        <translation>This desk has no county data yet. Load the demo county (Qingshan) to get to know the desk?</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="3" />
        <source>Ⅰ级响应</source>
        <translation>Level I response</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="4" />
        <source>Ⅱ级响应</source>
        <translation>Level II response</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="5" />
        <source>Ⅲ级响应</source>
        <translation>Level III response</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="6" />
        <source>Ⅳ级响应</source>
        <translation>Level IV response</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="7" />
        <source>一般</source>
        <translation>Ordinary (IV)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="8" />
        <source>上级通报</source>
        <translation>Upper-level notice</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="9" />
        <source>专业应急救援队伍</source>
        <translation>Professional rescue team</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="10" />
        <source>专家</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="11" />
        <source>专项预案</source>
        <translation>Special plan</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="12" />
        <source>乡镇级</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="13" />
        <source>书面报告</source>
        <translation>Written report</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="14" />
        <source>事故灾难</source>
        <translation>Accident</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="15" />
        <source>人</source>
        <translation>people</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="16" />
        <source>休整</source>
        <translation>Rest</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="17" />
        <source>入库</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="18" />
        <source>冲锋舟检查</source>
        <translation>Assault boat check</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="19" />
        <source>出库</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="20" />
        <source>到场</source>
        <translation>On scene</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="21" />
        <source>单兵图传</source>
        <translation>Body camera</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="22" />
        <source>危险化学品</source>
        <translation>Hazardous chemicals</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="23" />
        <source>县级</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="24" />
        <source>发电机保养</source>
        <translation>Generator maintenance</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="25" />
        <source>台风</source>
        <translation>Typhoon</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="26" />
        <source>地质灾害</source>
        <translation>Landslide</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="27" />
        <source>地震</source>
        <translation>Earthquake</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="28" />
        <source>地面塌陷</source>
        <translation>Ground subsidence</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="29" />
        <source>基层应急救援队伍</source>
        <translation>Grassroots rescue team</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="30" />
        <source>处置中</source>
        <translation>Responding</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="31" />
        <source>处置完毕</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="32" />
        <source>天网</source>
        <translation>Skynet camera</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="33" />
        <source>对讲机充电</source>
        <translation>Radio charging</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="34" />
        <source>山洪</source>
        <translation>Flash flood</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="35" />
        <source>崩塌</source>
        <translation>Rockfall</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="36" />
        <source>工贸</source>
        <translation>Industry and trade</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="37" />
        <source>已派出</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="38" />
        <source>已解除</source>
        <translation>All clear</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="39" />
        <source>市级</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="40" />
        <source>建筑施工</source>
        <translation>Construction</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="41" />
        <source>待命</source>
        <translation>Standby</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="42" />
        <source>总体预案</source>
        <translation>General plan</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="43" />
        <source>户</source>
        <translation>households</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="44" />
        <source>指挥官</source>
        <translation>Commander</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="45" />
        <source>接报</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="46" />
        <source>救生衣检查</source>
        <translation>Life jacket check</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="47" />
        <source>无人机</source>
        <translation>Drone</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="48" />
        <source>暴雨洪涝</source>
        <translation>Rainstorm flood</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="49" />
        <source>未启动</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="50" />
        <source>未转移</source>
        <translation>Not moving</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="51" />
        <source>村级简明预案</source>
        <translation>Village plan</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="52" />
        <source>村级视频室</source>
        <translation>Village video room</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="53" />
        <source>核实</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="54" />
        <source>森林火灾</source>
        <translation>Forest fire</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="55" />
        <source>橙色</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="56" />
        <source>泥石流</source>
        <translation>Debris flow</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="57" />
        <source>滑坡</source>
        <translation>Landslide</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="58" />
        <source>火灾</source>
        <translation>Fire</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="59" />
        <source>烟花爆竹</source>
        <translation>Fireworks</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="60" />
        <source>物资盘点</source>
        <translation>Stock count</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="61" />
        <source>特别重大</source>
        <translation>Extraordinary (I)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="62" />
        <source>特种设备</source>
        <translation>Special equipment</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="63" />
        <source>电池充电</source>
        <translation>Battery charging</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="64" />
        <source>电话初报</source>
        <translation>Phone report</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="65" />
        <source>电话接警</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="66" />
        <source>监测报警</source>
        <translation>Sensor alarm</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="67" />
        <source>监管员</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="68" />
        <source>矿山</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="69" />
        <source>社会应急力量</source>
        <translation>Volunteer force</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="70" />
        <source>红色</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="71" />
        <source>续报</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="72" />
        <source>综合性消防救援队伍</source>
        <translation>Fire and rescue</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="73" />
        <source>网格员查报</source>
        <translation>Grid member</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="74" />
        <source>自然灾害</source>
        <translation>Natural disaster</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="75" />
        <source>蓝色</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="76" />
        <source>视频巡查</source>
        <translation>Video patrol</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="77" />
        <source>调拨</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="78" />
        <source>责任人</source>
        <translation>Caretaker</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="79" />
        <source>转移中</source>
        <translation>Moving</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="80" />
        <source>较大</source>
        <translation>Major (III)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="81" />
        <source>返回</source>
        <translation>Returning</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="82" />
        <source>道路交通</source>
        <translation>Road traffic</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="83" />
        <source>重大</source>
        <translation>Serious (II)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="84" />
        <source>雨雪冰冻</source>
        <translation>Ice and snow</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="85" />
        <source>雪亮</source>
        <translation>Xueliang camera</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="86" />
        <source>驻军和民兵</source>
        <translation>Army and militia</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpv4tr2vmy/core_strings.py" line="87" />
        <source>黄色</source>
        <translation>Yellow</translation>
    </message>
</context>
</TS>