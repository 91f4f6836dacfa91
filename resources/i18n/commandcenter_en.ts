<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="223" />
        <source>(无)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="224" />
        <source>书面报告 (分钟)</source>
        <translation>Written report (minutes)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="225" />
        <source>事件级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="226" />
        <source>关联事件</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="227" />
        <source>关联视频</source>
        <translation>Link video</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="228" />
        <source>办结 — {title}</source>
        <translation>Close — {title}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="229" />
        <source>办结方式</source>
        <translation>Closed as</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="230" />
        <source>受伤</source>
        <translation>Injured</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="231" />
        <source>受灾人数</source>
        <translation>People affected</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="232" />
        <source>启动转移 — {zone}</source>
        <translation>Start evacuation — {zone}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="233" />
        <source>启动预案响应 — {title}</source>
        <translation>Activate plan — {title}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="234" />
        <source>响应级别</source>
        <translation>Response level</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="235" />
        <source>在安全屋人数</source>
        <translation>People in safe house</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="236" />
        <source>处理冲突</source>
        <translation>Settle conflict</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="237" />
        <source>处理结果</source>
        <translation>How it was settled</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="238" />
        <source>处置结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="239" />
        <source>失踪</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="240" />
        <source>尚未核实的事件只能作为误报或重复办结, 并写明理由。</source>
        <translation>An unverified incident can only be closed as a false alarm or duplicate, with a reason.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="241" />
        <source>已转移人数</source>
        <translation>People moved</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="242" />
        <source>已转移户数</source>
        <translation>Households moved</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="243" />
        <source>应转移 {h} 户 {p} 人; 超出时须写明原因</source>
        <translation>To move: {h} households, {p} people; counts above that need a reason</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="244" />
        <source>应转移人数</source>
        <translation>People to move</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="245" />
        <source>应转移户数</source>
        <translation>Households to move</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="246" />
        <source>报送时限 (局设置)</source>
        <translation>Reporting deadlines (bureau settings)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="247" />
        <source>死亡</source>
        <translation>Dead</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="248" />
        <source>没有可启动的预案</source>
        <translation>No plan to activate</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="249" />
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="250" />
        <source>电话初报 (分钟)</source>
        <translation>Phone report (minutes)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="251" />
        <source>终报 (办结后小时)</source>
        <translation>Final report (hours after closing)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="252" />
        <source>续报 — {title}</source>
        <translation>Follow-up — {title}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="253" />
        <source>续报内容</source>
        <translation>Follow-up text</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="254" />
        <source>续报间隔 (分钟)</source>
        <translation>Follow-up interval (minutes)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="255" />
        <source>被困</source>
        <translation>Trapped</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="256" />
        <source>视频源 (由近到远)</source>
        <translation>Video source (nearest first)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="257" />
        <source>误报</source>
        <translation>False alarm</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="258" />
        <source>请先在警情列表中选中一个事件</source>
        <translation>Select an incident on the board first</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="259" />
        <source>调整级别 — {title}</source>
        <translation>Change severity — {title}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="260" />
        <source>超出计划的原因</source>
        <translation>Reason for exceeding the plan</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="261" />
        <source>转移统计 — {zone}</source>
        <translation>Evacuation count — {zone}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="262" />
        <source>重复</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="263" />
        <source>预案</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>BaseDataMenu</name>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="264" />
        <source>修改联系电话…</source>
        <translation>Change a phone number…</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="265" />
        <source>基础数据(&amp;B)</source>
        <translation>&amp;Base data</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="266" />
        <source>导入 {0}…</source>
        <translation>Import {0}…</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="267" />
        <source>导出 {0}…</source>
        <translation>Export {0}…</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="268" />
        <source>已导出到 {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="269" />
        <source>插件…</source>
        <translation>Plugins…</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="270" />
        <source>新增救援队伍…</source>
        <translation>Add a rescue team…</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="271" />
        <source>无法写入 {0}: {1}</source>
        <translation>Cannot write {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="272" />
        <source>注销视频点…</source>
        <translation>Retire a camera…</translation>
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
        <location filename="../../commandcenter/ui/desk.py" line="257" />
        <location filename="../../commandcenter/ui/desk.py" line="259" />
        <source>无法记录: {0}</source>
        <translation>Could not record: {0}</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="23" />
        <source>演练模式</source>
        <translation>DRILL</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="30" />
        <source>⚠ 快照与封存不符, 已拒用并按日志重算</source>
        <translation>⚠ Snapshot does not match its seal: refused, replayed from the journal</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="52" />
        <source>内置中心 {url} · 在线站点 {n}</source>
        <translation>Embedded hub {url} · {n} stations online</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="54" />
        <source>本机独立运行</source>
        <translation>Standalone desk</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="56" />
        <source>未连接中心 · 待发 {n}</source>
        <translation>No hub · outbox {n}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="60" />
        <source>在线</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="61" />
        <source>离线</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="62" />
        <source>同步中</source>
        <translation>syncing</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="63" />
        <source>连接中</source>
        <translation>connecting</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="64" />
        <source>已断开</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="69" />
        <source>无应答</source>
        <translation>not answering</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="70" />
        <source>中心: {state} · 待发 {n}</source>
        <translation>Hub: {state} · outbox {n}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="74" />
        <source> · 最近联系 {age}</source>
        <translation> · last contact {age}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="76" />
        <source> · 被拒: {reason}</source>
        <translation> · refused: {reason}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="78" />
        <source> · {err}</source>
        <translation> · {err}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="89" />
        <source>站点 {station} · 角色 {role}</source>
        <translation>Station {station} · role {role}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="95" />
        <source>值班员 {officer} · 带班领导 {leader}</source>
        <translation>Duty officer {officer} · Leader {leader}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="100" />
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
    <name>DrillMenu</name>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="321" />
        <source>演练(&amp;X)</source>
        <translation>E&amp;xercise</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="322" />
        <source>进入演练模式</source>
        <translation>Enter exercise mode</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="323" />
        <source>退出演练, 回到实际值班</source>
        <translation>Leave the exercise, back to real duty</translation>
    </message>
</context>
<context>
    <name>DrillPlayerPane</name>
    <message>
        <location filename="../../commandcenter/ui/drill_player.py" line="50" />
        <location filename="../../commandcenter/ui/drill_player.py" line="84" />
        <source>暂停</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/drill_player.py" line="52" />
        <source>单步 (下一注入)</source>
        <translation>Step (next inject)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/drill_player.py" line="54" />
        <source>结束演练</source>
        <translation>End exercise</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/drill_player.py" line="56" />
        <source>速度</source>
        <translation>Speed</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/drill_player.py" line="62" />
        <source>情景注入</source>
        <translation>Injects</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/drill_player.py" line="65" />
        <source>演练评估</source>
        <translation>After-action review</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/drill_player.py" line="69" />
        <source>要求动作</source>
        <translation>Expected action</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/drill_player.py" line="69" />
        <source>用时</source>
        <translation>Took</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/drill_player.py" line="69" />
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/drill_player.py" line="69" />
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/drill_player.py" line="82" />
        <source>演练: {title}</source>
        <translation>Exercise: {title}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/drill_player.py" line="84" />
        <source>继续</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/drill_player.py" line="94" />
        <source>演练评估: {met}/{total} 项达标</source>
        <translation>After-action review: {met}/{total} on target</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/drill_player.py" line="102" />
        <source>达标</source>
        <translation>On target</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/drill_player.py" line="104" />
        <source>待完成</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/drill_player.py" line="106" />
        <source>未完成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/drill_player.py" line="106" />
        <source>超时</source>
        <translation>Late</translation>
    </message>
</context>
<context>
    <name>EvacPane</name>
    <message>
        <location filename="../../commandcenter/ui/panes/evac.py" line="41" />
        <source>全部区域</source>
        <translation>All zones</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/evac.py" line="46" />
        <source>搜索区域、责任人…</source>
        <translation>Search zones, people…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/evac.py" line="59" />
        <source>叫应:</source>
        <translation>Call:</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/evac.py" line="63" />
        <source>{role}已应答</source>
        <translation>{role} answered</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/evac.py" line="64" />
        <source>{role}未应答</source>
        <translation>{role} no answer</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/evac.py" line="74" />
        <source>启动转移…</source>
        <translation>Start evacuation…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/evac.py" line="75" />
        <source>转移统计…</source>
        <translation>Count…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/evac.py" line="76" />
        <source>解除</source>
        <translation>All clear</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/evac.py" line="109" />
        <source>请先选中一个避险区域</source>
        <translation>Select a zone first</translation>
    </message>
</context>
<context>
    <name>FieldLauncher</name>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="325" />
        <source>中心未为本站登记所属乡镇, 请联系管理员</source>
        <translation>The hub has no township for this station; ask the administrator</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="326" />
        <source>此令牌属于 {0} 站点, 不是乡镇(村)站点</source>
        <translation>This token belongs to a {0} station, not a township or village station</translation>
    </message>
</context>
<context>
    <name>FieldWindow</name>
    <message>
        <location filename="../../commandcenter/ui/field/window.py" line="27" />
        <source>应急服务站 — 基层终端</source>
        <translation>Emergency service station — field terminal</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/window.py" line="36" />
        <source>本站尚未取得所属乡镇(村)。连接中心后自动开始; 中心管理员须为本站登记乡镇。</source>
        <translation>This station does not know its township (village) yet. It starts by itself once the hub answers; the hub's administrator must register the township for it.</translation>
    </message>
</context>
<context>
    <name>ForcesPage</name>
    <message>
        <location filename="../../commandcenter/ui/field/forces.py" line="18" />
        <source>本乡镇队伍</source>
        <translation>Teams of the township</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/forces.py" line="26" />
        <source>到场</source>
        <translation>On scene</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/forces.py" line="27" />
        <source>返回</source>
        <translation>Returning</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/forces.py" line="28" />
        <source>待命</source>
        <translation>Standby</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/forces.py" line="34" />
        <source>避险转移 (3人1屋)</source>
        <translation>Evacuation (3 people, 1 house)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/forces.py" line="38" />
        <source> 户</source>
        <translation> households</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/forces.py" line="39" />
        <location filename="../../commandcenter/ui/field/forces.py" line="40" />
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/forces.py" line="45" />
        <source>已转移</source>
        <translation>Moved</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/forces.py" line="47" />
        <source>安全屋</source>
        <translation>Safe house</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/forces.py" line="54" />
        <source>上报转移人数</source>
        <translation>Report evacuation counts</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/forces.py" line="69" />
        <source>请先选择一支队伍</source>
        <translation>Choose a team first</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/forces.py" line="72" />
        <source>已记录 {0}</source>
        <translation>Recorded: {0}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/forces.py" line="84" />
        <source>请先选择一个避险区域</source>
        <translation>Choose a zone first</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/forces.py" line="92" />
        <source>已上报 {0} 转移人数</source>
        <translation>Evacuation counts of {0} sent</translation>
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
        <location filename="../../commandcenter/ui/handover_wizard.py" line="253" />
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
        <location filename="../../commandcenter/ui/handover_wizard.py" line="271" />
        <source>请先填写接班值班员</source>
        <translation>Enter the incoming officer first</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/handover_wizard.py" line="340" />
        <source>已生成 {path}: {pages} 页, 日志头 {head}</source>
        <translation>Written {path}: {pages} pages, log head {head}</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../commandcenter/ui/field/header.py" line="27" />
        <source>值守人: 签收和上报都记在这个名字下</source>
        <translation>On watch: receipts and reports are recorded under this name</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/header.py" line="29" />
        <source>值守人(&amp;W)</source>
        <translation>On &amp;watch</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/header.py" line="50" />
        <source>未连接中心 · 待同步 {0} 条</source>
        <translation>Not connected · {0} waiting to sync</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/header.py" line="53" />
        <source>在线</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/header.py" line="54" />
        <source>离线</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/header.py" line="55" />
        <source>同步中</source>
        <translation>syncing</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/header.py" line="56" />
        <source>连接中</source>
        <translation>connecting</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/header.py" line="57" />
        <source>已断开</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/header.py" line="61" />
        <source> · 待同步 {0} 条</source>
        <translation> · {0} waiting to sync</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/header.py" line="63" />
        <source> · 被拒: {0}</source>
        <translation> · refused: {0}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/header.py" line="71" />
        <source>等待中心确认本站所属乡镇…</source>
        <translation>Waiting for the hub to confirm this station's township…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/header.py" line="74" />
        <source>应急服务站</source>
        <translation>emergency service station</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/header.py" line="74" />
        <source>应急管理委员会</source>
        <translation>emergency management committee</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/header.py" line="76" />
        <source> 【演练】</source>
        <translation> [EXERCISE]</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/header.py" line="79" />
        <source>待签收 {0}</source>
        <translation>To sign for: {0}</translation>
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
        <location filename="../../commandcenter/ui/panes/incidents.py" line="66" />
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="67" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="71" />
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="75" />
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="78" />
        <source>全部时间</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="79" />
        <source>近1小时</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="80" />
        <source>近6小时</source>
        <translation>Last 6 hours</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="81" />
        <source>近24小时</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="85" />
        <source>搜索标题、地点…</source>
        <translation>Search title, place…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="87" />
        <source>接报 (F2)</source>
        <translation>New report (F2)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="90" />
        <source>派遣…</source>
        <translation>Dispatch…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="107" />
        <source>⚠ 粉色行有待处理的冲突 — 选中后在事件详情中点“处理…”</source>
        <translation>⚠ Pink rows have conflicts to settle — select one and press “Settle…” in the incident detail</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="110" />
        <source>两台值班台在离线时做了相互矛盾的决定(如同一队伍派往两处)，系统保留两条记录并标出冲突，由值班员核对后处理。</source>
        <translation>Two desks made contradicting decisions while offline (e.g. one team sent to two places); both are kept and flagged until an officer checks and settles them.</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/incidents.py" line="225" />
        <source>{n} 条新警情将在鼠标移开列表后显示</source>
        <translation>{n} new reports will show when the pointer leaves the list</translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="57" />
        <source>未选中事件 — 在警情列表或地图上点选</source>
        <translation>No incident selected — pick one on the board or the map</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="66" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="67" />
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="68" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="69" />
        <source>发生</source>
        <translation>Occurred</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="70" />
        <source>接报</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="71" />
        <source>报告人</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="72" />
        <source>受威胁</source>
        <translation>Threatened</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="73" />
        <source>响应</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="74" />
        <source>报送</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="75" />
        <source>伤亡</source>
        <translation>Casualties</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="94" />
        <source>核实</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="95" />
        <source>续报…</source>
        <translation>Follow-up…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="96" />
        <source>调整级别…</source>
        <translation>Change severity…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="97" />
        <source>启动响应…</source>
        <translation>Activate response…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="98" />
        <source>已电话初报</source>
        <translation>Phone report sent</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="99" />
        <source>已书面报告</source>
        <translation>Written report sent</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="102" />
        <source>派遣队伍…</source>
        <translation>Dispatch teams…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="103" />
        <source>调拨物资…</source>
        <translation>Transfer materials…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="104" />
        <source>关联视频…</source>
        <translation>Link video…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="105" />
        <source>办结…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="130" />
        <source>时间线</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="131" />
        <source>队伍</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="132" />
        <source>视频</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="189" />
        <source>【演练】</source>
        <translation>[DRILL] </translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="199" />
        <source>{h} 户 {p} 人</source>
        <translation>{h} households, {p} people</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="211" />
        <source>{cas} · 受灾 {a}</source>
        <translation>{cas} · affected {a}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="223" />
        <source>冲突: {text}</source>
        <translation>Conflict: {text}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="226" />
        <source>处理…</source>
        <translation>Settle…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="236" />
        <source>已离开</source>
        <translation>left</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="255" />
        <source>{label} 已超时 {t}</source>
        <translation>{label}: overdue by {t}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail.py" line="260" />
        <source>{label} 剩余 {t}</source>
        <translation>{label}: {t} left</translation>
    </message>
</context>
<context>
    <name>IncidentModel</name>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="382" />
        <source>{label} 超时 {t}</source>
        <translation>{label} overdue {t}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="383" />
        <source>【演练】</source>
        <translation>[DRILL] </translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="384" />
        <source>伤亡</source>
        <translation>Casualties</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="385" />
        <source>冲突 (需人工核对，在事件详情中处理): {texts}</source>
        <translation>Conflict (check by hand, settle in the incident detail): {texts}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="386" />
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="387" />
        <source>应于 {due} 前完成{label}</source>
        <translation>{label} due by {due}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="388" />
        <source>报送时限</source>
        <translation>Reporting due</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="389" />
        <source>接报</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="390" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="391" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="392" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="393" />
        <source>级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="394" />
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
    <name>Launcher</name>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="533" />
        <source>中心连接未启动: {0}</source>
        <translation>Hub connection not started: {0}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="534" />
        <source>本机还没有县情数据。是否载入演示县(青山县)以便熟悉值班台？</source>
        <translation>This desk has no county data yet. Load the demo county (Qingshan) to get to know the desk?</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="535" />
        <source>首次启动</source>
        <translation>First start</translation>
    </message>
</context>
<context>
    <name>LeaderActions</name>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="358" />
        <source>(无)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="359" />
        <source>事件</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="360" />
        <source>会商研判…</source>
        <translation>Consultation…</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="361" />
        <source>会商研判记录</source>
        <translation>Consultation record</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="362" />
        <source>会商类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="363" />
        <source>会商结论 (每行一条)</source>
        <translation>Conclusions (one per line)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="364" />
        <source>值班员 {officer}, 带班领导 {leader}</source>
        <translation>Duty officer {officer}, leader on duty {leader}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="365" />
        <source>关联事件</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="366" />
        <source>参会人员 (用、或逗号分隔)</source>
        <translation>Attendees (separated by commas)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="367" />
        <source>带班领导</source>
        <translation>Leader on duty</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="368" />
        <source>带班领导签字 — 班次 {shift}</source>
        <translation>Leader's signature — shift {shift}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="369" />
        <source>带班领导签字…</source>
        <translation>Sign as leader on duty…</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="370" />
        <source>当前没有班次, 无法签字</source>
        <translation>No shift is on duty: nothing to sign</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="371" />
        <source>批示…</source>
        <translation>Instruction…</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="372" />
        <source>批示内容</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="373" />
        <source>推送内容</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="374" />
        <source>推送到大屏</source>
        <translation>Push to the big screen</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="375" />
        <source>推送到大屏…</source>
        <translation>Push to the big screen…</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="376" />
        <source>显示时长 (秒)</source>
        <translation>For (seconds)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="377" />
        <source>签字意见</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="378" />
        <source>议题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="379" />
        <source>领导(&amp;L)</source>
        <translation>&amp;Leader</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="380" />
        <source>领导批示</source>
        <translation>Leader's instruction</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="381" />
        <source>领导批示 {leader}「{title}」: {text}</source>
        <translation>Instruction from {leader} on "{title}": {text}</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="395" />
        <source>【演练】</source>
        <translation>[DRILL] </translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="396" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="397" />
        <source>值班人</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="398" />
        <source>站点</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="399" />
        <source>内容</source>
        <translation>Entry</translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="47" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="48" />
        <source>事件</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="49" />
        <source>队伍</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="50" />
        <source>物资</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="51" />
        <source>3人1屋</source>
        <translation>Evacuation (3+1)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="52" />
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="58" />
        <source>仅当前事件</source>
        <translation>This incident only</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="61" />
        <source>搜索日志…</source>
        <translation>Search the log…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="64" />
        <source>完整性校验</source>
        <translation>Integrity check</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="105" />
        <source>正在校验…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="116" />
        <source>✓ 日志完整: 已校验 {n} 条，{s} 个站点，链尾 {h}</source>
        <translation>✓ Log intact: {n} entries from {s} stations checked, head {h}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/log.py" line="122" />
        <source>✗ 日志被改动: {first}</source>
        <translation>✗ Log altered: {first}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="39" />
        <source>应急指挥中心 值班台</source>
        <translation>Emergency Command Centre — Duty Desk</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="44" />
        <source>【演练】</source>
        <translation>[DRILL] </translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="154" />
        <source>值班(&amp;D)</source>
        <translation>&amp;Duty</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="155" />
        <source>接报…</source>
        <translation>New report…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="160" />
        <source>派遣队伍…</source>
        <translation>Dispatch teams…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="164" />
        <source>物资调拨…</source>
        <translation>Transfer materials…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="168" />
        <source>交接班…</source>
        <translation>Shift handover…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="171" />
        <source>报送时限设置…</source>
        <translation>Reporting deadlines…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="175" />
        <location filename="../../commandcenter/ui/main_window.py" line="263" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="183" />
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="189" />
        <source>恢复默认布局</source>
        <translation>Restore default layout</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="192" />
        <source>语言 / Language</source>
        <translation>语言 / Language</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="220" />
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="222" />
        <source>界面语言将在重新启动值班台后生效。
The language applies when the desk is restarted.</source>
        <translation>The language applies when the desk is restarted.</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="256" />
        <source>退出值班台</source>
        <translation>Quit the desk</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="257" />
        <source>确定退出值班台吗？退出后本机不再接收警情和中心同步，直到再次打开。</source>
        <translation>Quit the duty desk? Until it is opened again this machine receives no reports and does not sync with the hub.</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/main_window.py" line="265" />
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
        <location filename="../../commandcenter/ui/panes/map.py" line="54" />
        <source>正在载入地图…</source>
        <translation>Loading the map…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/map.py" line="70" />
        <source> &amp;nbsp; &lt;span style='color:#0d47a1'&gt;◎&lt;/span&gt; 选中事件</source>
        <translation> &amp;nbsp; &lt;span style='color:#0d47a1'&gt;◎&lt;/span&gt; selected incident</translation>
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
        <location filename="../../commandcenter/ui/panes/materials.py" line="60" />
        <source>入库…</source>
        <translation>Receive…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/materials.py" line="61" />
        <source>出库…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/materials.py" line="62" />
        <source>五定…</source>
        <translation>Upkeep…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/materials.py" line="78" />
        <source>库存</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/materials.py" line="79" />
        <source>台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/materials.py" line="90" />
        <source>请先选中一个仓库</source>
        <translation>Select a store first</translation>
    </message>
</context>
<context>
    <name>NotifyBanner</name>
    <message>
        <location filename="../../commandcenter/ui/notify/banner.py" line="41" />
        <source>提醒</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/notify/banner.py" line="46" />
        <source>知道了 (F4)</source>
        <translation>Got it (F4)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/notify/banner.py" line="77" />
        <source>未确认 {n}</source>
        <translation>Unacknowledged {n}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/notify/banner.py" line="90" />
        <source>无未确认提醒</source>
        <translation>No notes waiting</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/notify/banner.py" line="94" />
        <source>演练中提醒不响铃: {text}</source>
        <translation>Drill (notes do not ring): {text}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/notify/banner.py" line="104" />
        <source>…另有 {n} 条较早的</source>
        <translation>… {n} earlier notes</translation>
    </message>
</context>
<context>
    <name>OrderBook</name>
    <message>
        <location filename="../../commandcenter/ui/panes/orders.py" line="39" />
        <source>乡镇/村</source>
        <translation>Township/village</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/orders.py" line="40" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/orders.py" line="41" />
        <source>内容</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/orders.py" line="43" />
        <source>下达</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/orders.py" line="47" />
        <source>签收记录</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/orders.py" line="48" />
        <source>回复</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/orders.py" line="66" />
        <source>超时未签收</source>
        <translation>Not signed for in time</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/orders.py" line="67" />
        <source>已结束</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/orders.py" line="67" />
        <source>待签收</source>
        <translation>To sign for</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../commandcenter/ui/field/orders.py" line="31" />
        <source>无法执行的原因 (如: 道路中断)</source>
        <translation>Why it cannot be done (e.g. road cut)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/orders.py" line="34" />
        <source>签收</source>
        <translation>Sign for</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/orders.py" line="37" />
        <source>到场</source>
        <translation>On scene</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/orders.py" line="43" />
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/orders.py" line="47" />
        <source>无法执行</source>
        <translation>Unable</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/orders.py" line="81" />
        <source>选择一条指令 (↑↓), 按 F3 签收</source>
        <translation>Choose an order (↑↓), F3 to sign for it</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/orders.py" line="84" />
        <source>已签收</source>
        <translation>Signed for</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/orders.py" line="101" />
        <source>已签收: {0}</source>
        <translation>Signed for: {0}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/orders.py" line="116" />
        <source>已回复: {0}</source>
        <translation>Answered: {0}</translation>
    </message>
</context>
<context>
    <name>OrdersPane</name>
    <message>
        <location filename="../../commandcenter/ui/panes/orders.py" line="98" />
        <source>只看未办结</source>
        <translation>Open only</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/orders.py" line="105" />
        <source>下达叫应…</source>
        <translation>Call roles…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/orders.py" line="106" />
        <source>请求单兵图传…</source>
        <translation>Request video…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/orders.py" line="139" />
        <source>超过{0}分钟未签收: {1}</source>
        <translation>Not signed for within {0} min: {1}</translation>
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
    <name>PostModel</name>
    <message>
        <location filename="../../commandcenter/ui/panes/posts.py" line="22" />
        <source>站点</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/posts.py" line="26" />
        <source>五有</source>
        <translation>Five-haves</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/posts.py" line="27" />
        <source>灾情</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/posts.py" line="29" />
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/posts.py" line="31" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/posts.py" line="43" />
        <source>通</source>
        <translation>up</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/posts.py" line="43" />
        <source>断</source>
        <translation>down</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/posts.py" line="49" />
        <source>倒损房屋{0}间 转移安置{1}人 农作物{2:g}公顷 损失{3:g}万元</source>
        <translation>houses {0}, relocated {1}, crops {2:g} ha, loss {3:g}×10k yuan</translation>
    </message>
</context>
<context>
    <name>PostsPane</name>
    <message>
        <location filename="../../commandcenter/ui/panes/posts.py" line="82" />
        <source>尚无乡镇上报灾情</source>
        <translation>No township has reported figures yet</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/posts.py" line="86" />
        <source>全县灾情合计: 倒损房屋{0}间 · 转移安置{1}人 · 农作物{2:g}公顷 · 损失{3:g}万元</source>
        <translation>County totals: houses damaged {0} · relocated {1} · crops {2:g} ha · loss {3:g}×10k yuan</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../commandcenter/ui/field/profile.py" line="28" />
        <source>五有建设</source>
        <translation>The five haves</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/profile.py" line="35" />
        <source>通信与电力 (绿: 正常, 红: 中断; 点按切换)</source>
        <translation>Communications and power (green: working, red: down; tap to switch)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/profile.py" line="49" />
        <source>备注 (如: 进村道路塌方, 靠卫星电话联络)</source>
        <translation>Remark (e.g. road to the village collapsed, reach us by satellite phone)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/profile.py" line="55" />
        <source>保存并上报</source>
        <translation>Save and send</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/profile.py" line="85" />
        <source>站点档案已上报</source>
        <translation>Station profile sent</translation>
    </message>
</context>
<context>
    <name>RejectionBar</name>
    <message>
        <location filename="../../commandcenter/ui/rejection.py" line="22" />
        <source>作废该决策</source>
        <translation>Void this decision</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/rejection.py" line="23" />
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/rejection.py" line="36" />
        <source>中心拒绝了「{kind}」: {reason}</source>
        <translation>The hub refused “{kind}”: {reason}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/rejection.py" line="47" />
        <source>值班员作废被中心拒绝的决策</source>
        <translation>Duty officer voided a decision the hub refused</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/rejection.py" line="51" />
        <source>已作废, 后续决策继续上传</source>
        <translation>Voided; later decisions are being sent</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../commandcenter/ui/field/report.py" line="34" />
        <source>① 网格员查报</source>
        <translation>① Grid member reports</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/report.py" line="38" />
        <source>如: 第3网格</source>
        <translation>e.g. grid 3</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/report.py" line="45" />
        <source>(乡镇本级)</source>
        <translation>(township itself)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/report.py" line="54" />
        <source>发现了什么, 在哪里</source>
        <translation>What was found, and where</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/report.py" line="61" />
        <source>网格员(&amp;R)</source>
        <translation>G&amp;rid member</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/report.py" line="62" />
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/report.py" line="63" />
        <source>村(社区)</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/report.py" line="64" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/report.py" line="65" />
        <source>级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/report.py" line="66" />
        <source>情况(&amp;T)</source>
        <translation>Wha&amp;t</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/report.py" line="67" />
        <source>被困 / 受伤</source>
        <translation>Trapped / injured</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/report.py" line="72" />
        <source>提交网格长审核</source>
        <translation>Send to the grid leader</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/report.py" line="83" />
        <source>② 网格长审核并上报</source>
        <translation>② Grid leader checks and sends</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/report.py" line="89" />
        <source>网格长姓名</source>
        <translation>Grid leader's name</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/report.py" line="91" />
        <source>退回原因</source>
        <translation>Reason for returning</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/report.py" line="102" />
        <source>审核通过并上报</source>
        <translation>Accept and send up</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/report.py" line="109" />
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/report.py" line="136" />
        <source>已提交, 等待网格长审核</source>
        <translation>Sent; waiting for the grid leader's check</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/report.py" line="152" />
        <source>请先在列表中选择一份网格报告</source>
        <translation>Choose a grid report in the list first</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/report.py" line="185" />
        <source>已审核并上报县应急指挥中心</source>
        <translation>Checked and sent to the county command centre</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/report.py" line="185" />
        <source>已退回网格员</source>
        <translation>Returned to the grid member</translation>
    </message>
</context>
<context>
    <name>ReportingRow</name>
    <message>
        <location filename="../../commandcenter/ui/panes/detail_reporting.py" line="36" />
        <source>事件编号, 可选中复制</source>
        <translation>Incident id (select to copy)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail_reporting.py" line="37" />
        <source>复制编号</source>
        <translation>Copy id</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail_reporting.py" line="39" />
        <source>已续报</source>
        <translation>Follow-up sent</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail_reporting.py" line="40" />
        <source>已终报</source>
        <translation>Final report sent</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail_reporting.py" line="43" />
        <source>编号</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail_reporting.py" line="51" />
        <source>打印初报</source>
        <translation>Print initial report</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail_reporting.py" line="52" />
        <source>打印续报</source>
        <translation>Print follow-up</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail_reporting.py" line="53" />
        <source>打印终报</source>
        <translation>Print final report</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail_reporting.py" line="69" />
        <source>已续报 (第{n}次)</source>
        <translation>Follow-up sent (no. {n})</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail_reporting.py" line="78" />
        <source>已复制事件编号 {id}</source>
        <translation>Copied incident id {id}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/detail_reporting.py" line="110" />
        <source>{stage}已生成: {path}</source>
        <translation>{stage} written: {path}</translation>
    </message>
</context>
<context>
    <name>RosterModels</name>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="400" />
        <source>{mh}/{th} 户，{mp}/{tp} 人</source>
        <translation>{mh}/{th} households, {mp}/{tp} people</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="401" />
        <source>{name} 未叫应</source>
        <translation>{name} not called</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="402" />
        <source>✓已应答</source>
        <translation>✓ answered</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="403" />
        <source>✗未应答</source>
        <translation>✗ no answer</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="404" />
        <source>专长</source>
        <translation>Speciality</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="405" />
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="406" />
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="407" />
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="408" />
        <source>在安全屋</source>
        <translation>In safe house</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="409" />
        <source>安全屋</source>
        <translation>Safe house</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="410" />
        <source>已转移/应转移</source>
        <translation>Moved / to move</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="411" />
        <source>户/人</source>
        <translation>Households/people</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="412" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="413" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="414" />
        <source>负责人</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="415" />
        <source>避险区域</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="416" />
        <source>队伍</source>
        <translation>Teams</translation>
    </message>
</context>
<context>
    <name>SituationPage</name>
    <message>
        <location filename="../../commandcenter/ui/field/situation.py" line="30" />
        <source>续报</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/situation.py" line="34" />
        <source>最新情况、已采取的措施</source>
        <translation>Latest situation and measures taken</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/situation.py" line="39" />
        <source>事件(&amp;I)</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/situation.py" line="40" />
        <source>续报内容</source>
        <translation>Follow-up text</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/situation.py" line="41" />
        <source>死亡 受伤 失踪 被困</source>
        <translation>Dead, injured, missing, trapped</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/situation.py" line="44" />
        <source>报送续报</source>
        <translation>Send follow-up</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/situation.py" line="55" />
        <source>灾情统计 (本站合计, 新报覆盖旧报)</source>
        <translation>Disaster figures (station totals; a new report replaces the last)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/situation.py" line="59" />
        <source> 公顷</source>
        <translation> ha</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/situation.py" line="60" />
        <source> 万元</source>
        <translation> ×10k yuan</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/situation.py" line="61" />
        <source> 间</source>
        <translation> rooms</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/situation.py" line="62" />
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/situation.py" line="64" />
        <source>倒损房屋(&amp;H)</source>
        <translation>&amp;Houses damaged</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/situation.py" line="65" />
        <source>紧急转移安置人数</source>
        <translation>People relocated</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/situation.py" line="66" />
        <source>农作物受灾面积</source>
        <translation>Crops affected</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/situation.py" line="67" />
        <source>直接经济损失</source>
        <translation>Direct economic loss</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/situation.py" line="72" />
        <source>上报灾情</source>
        <translation>Report figures</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/situation.py" line="112" />
        <source>本站辖区没有正在处置的事件</source>
        <translation>No open incident in this station's area</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/situation.py" line="118" />
        <source>续报已报送</source>
        <translation>Follow-up sent</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/field/situation.py" line="131" />
        <source>灾情已上报</source>
        <translation>Figures sent</translation>
    </message>
</context>
<context>
    <name>StoreModels</name>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="417" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="418" />
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="419" />
        <source>五定维护</source>
        <translation>Upkeep</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="420" />
        <source>仓库</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="421" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="422" />
        <source>品种</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="423" />
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="424" />
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="425" />
        <source>物资</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="426" />
        <source>短缺</source>
        <translation>Short</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="427" />
        <source>管理责任人</source>
        <translation>Keeper</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="428" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="429" />
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="430" />
        <source>超期: {tasks}</source>
        <translation>Overdue: {tasks}</translation>
    </message>
</context>
<context>
    <name>TeamsPane</name>
    <message>
        <location filename="../../commandcenter/ui/panes/teams.py" line="31" />
        <source>全部类别</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/teams.py" line="35" />
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/teams.py" line="39" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/teams.py" line="43" />
        <source>搜索队伍、负责人…</source>
        <translation>Search teams, leaders…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/teams.py" line="63" />
        <source>派往当前事件…</source>
        <translation>Send to current incident…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/teams.py" line="64" />
        <source>到场</source>
        <translation>On scene</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/teams.py" line="65" />
        <source>返回</source>
        <translation>Returning</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/teams.py" line="66" />
        <source>待命</source>
        <translation>Standby</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/teams.py" line="67" />
        <source>休整</source>
        <translation>Rest</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/teams.py" line="96" />
        <source>负责人</source>
        <translation>Leader</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../../commandcenter/ui/panes/video.py" line="44" />
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
        <location filename="../../commandcenter/ui/panes/video.py" line="72" />
        <source>{n}画面</source>
        <translation>{n} tiles</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/video.py" line="123" />
        <source>{title}: 已关联 {n} 路，其余为就近推荐</source>
        <translation>{title}: {n} linked, the rest are the nearest suggestions</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/video.py" line="125" />
        <source>未选中事件: 显示全部视频源</source>
        <translation>No incident selected: all video sources</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/video.py" line="132" />
        <source>(空)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/video.py" line="136" />
        <source>在线</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/video.py" line="136" />
        <source>离线</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/video.py" line="139" />
        <source>已关联: {t}</source>
        <translation>Linked: {t}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/video.py" line="141" />
        <source>推荐</source>
        <translation>suggested</translation>
    </message>
</context>
<context>
    <name>WarningStrip</name>
    <message>
        <location filename="../../commandcenter/ui/panes/warning_strip.py" line="46" />
        <source>全县</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warning_strip.py" line="50" />
        <source> · 未应答 {n}</source>
        <translation> · {n} unanswered</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warning_strip.py" line="74" />
        <source>等 {n} 个预警</source>
        <translation>{n} warnings in all</translation>
    </message>
</context>
<context>
    <name>WarningsPane</name>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="66" />
        <location filename="../../commandcenter/ui/panes/warnings.py" line="285" />
        <source>级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="66" />
        <location filename="../../commandcenter/ui/panes/warnings.py" line="283" />
        <source>预警</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="66" />
        <location filename="../../commandcenter/ui/panes/warnings.py" line="290" />
        <source>内容</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="66" />
        <source>截止</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="66" />
        <location filename="../../commandcenter/ui/panes/warnings.py" line="75" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="75" />
        <source>叫应对象</source>
        <translation>Who to call</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="75" />
        <source>叫应 / 应答</source>
        <translation>Called / answered</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="75" />
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="97" />
        <location filename="../../commandcenter/ui/panes/warnings.py" line="211" />
        <source>叫应</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="98" />
        <source>已应答</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="99" />
        <source>未接通</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="100" />
        <source>发布预警…</source>
        <translation>Issue warning…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="101" />
        <source>解除预警</source>
        <translation>Lift warning</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="102" />
        <source>导出 CAP…</source>
        <translation>Export CAP…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="103" />
        <source>投递文件夹…</source>
        <translation>Drop folder…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="110" />
        <source>把 CAP 1.2 预警文件拖到这里即可导入</source>
        <translation>Drop CAP 1.2 warning files here to import them</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="146" />
        <source>已解除</source>
        <translation>All clear</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="148" />
        <source>生效</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="148" />
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="151" />
        <source>不涉及本县</source>
        <translation>Outside the county</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="188" />
        <source>不涉及本县, 无需叫应</source>
        <translation>Outside the county: no calls needed</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="193" />
        <source>已到时</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="195" />
        <source>倒计时 </source>
        <translation>Due in </translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="199" />
        <source>应答时限 {n} 分钟</source>
        <translation>Answer within {n} min</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="208" />
        <source> 应答 </source>
        <translation> answered </translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="211" />
        <source>喊醒</source>
        <translation>Wake-up call</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="214" />
        <source>时限 </source>
        <translation>Deadline </translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="236" />
        <source>{zone} 3人1屋均已应答 — 启动转移…</source>
        <translation>{zone}: all three roles answered — start evacuation…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="249" />
        <source>请先选中一个叫应对象</source>
        <translation>Select someone to call first</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="263" />
        <source>请先选中一个已叫应的对象</source>
        <translation>Select a call first</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="271" />
        <source>值班台解除</source>
        <translation>Lifted at the duty desk</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="282" />
        <source>全县</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="286" />
        <source>灾种</source>
        <translation>Hazard</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="286" />
        <source>暴雨</source>
        <translation>Heavy rain</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="287" />
        <source>范围</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="288" />
        <source>预计几小时后影响</source>
        <translation>Impact expected in (hours)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="289" />
        <source>有效小时数</source>
        <translation>Valid for (hours)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="305" />
        <source>发布预警</source>
        <translation>Issue warning</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="311" />
        <source>导出 CAP 1.2</source>
        <translation>Export CAP 1.2</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="326" />
        <source>已导出 {path}</source>
        <translation>Exported {path}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="341" />
        <source>未找到 CAP 插件</source>
        <translation>The CAP plugin was not found</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/panes/warnings.py" line="369" />
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
    <name>bar</name>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="108" />
        <source>{n} 秒前</source>
        <translation>{n} s ago</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="110" />
        <source>{n} 分钟前</source>
        <translation>{n} min ago</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/statusbar.py" line="111" />
        <source>{n} 小时前</source>
        <translation>{n} h ago</translation>
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
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="273" />
        <source>{0}不能为空</source>
        <translation>{0} must not be empty</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="274" />
        <source>「{0}」不是有效的电话号码</source>
        <translation>"{0}" is not a valid phone number</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="275" />
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="276" />
        <source>修改联系电话</source>
        <translation>Change a phone number</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="277" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="278" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="279" />
        <source>所属乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="280" />
        <source>新增救援队伍</source>
        <translation>Add a rescue team</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="281" />
        <source>注销后视频点不再显示; 它的历史记录保留在日志中。</source>
        <translation>A retired camera is no longer shown; its history stays in the log.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="282" />
        <source>注销视频点</source>
        <translation>Retire a camera</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="283" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="284" />
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="285" />
        <source>装备</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="286" />
        <source>视频点</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="287" />
        <source>负责人</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="288" />
        <source>负责人新电话</source>
        <translation>Leader's new phone</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="289" />
        <source>负责人电话</source>
        <translation>Leader's phone</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="290" />
        <source>队伍</source>
        <translation>Teams</translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="327" />
        <source>{0} 已上报</source>
        <translation>sent up by {0}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="328" />
        <source>{0} 退回: {1}</source>
        <translation>returned by {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="329" />
        <source>下达</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="330" />
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="331" />
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="332" />
        <source>内容</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="333" />
        <source>回复</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="334" />
        <source>安全屋</source>
        <translation>Safe house</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="335" />
        <source>审核</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="336" />
        <source>已结束</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="337" />
        <source>已转移</source>
        <translation>Moved</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="338" />
        <source>应转移</source>
        <translation>To move</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="339" />
        <source>待回复</source>
        <translation>To answer</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="340" />
        <source>待签收</source>
        <translation>To sign for</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="341" />
        <source>待网格长审核</source>
        <translation>Waiting for the grid leader</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="342" />
        <source>报告</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="343" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="344" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="345" />
        <source>签收记录</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="346" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="347" />
        <source>网格员</source>
        <translation>Grid member</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="348" />
        <source>避险区域</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="349" />
        <source>队伍</source>
        <translation>Teams</translation>
    </message>
</context>
<context>
    <name>fmt</name>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="354" />
        <source>亡</source>
        <translation>dead </translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="355" />
        <source>伤</source>
        <translation>injured </translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="356" />
        <source>困</source>
        <translation>trapped </translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="357" />
        <source>失联</source>
        <translation>missing </translation>
    </message>
</context>
<context>
    <name>log</name>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="536" />
        <source> ({inc})</source>
        <translation> ({inc})</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="537" />
        <source> ({note})</source>
        <translation> ({note})</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="538" />
        <source> ({people})</source>
        <translation> ({people})</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="539" />
        <source> ({reason})</source>
        <translation> ({reason})</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="540" />
        <source> (依据 {order})</source>
        <translation> (per {order})</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="541" />
        <source> (超出计划: {reason})</source>
        <translation> (above plan: {reason})</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="542" />
        <source> {reason}</source>
        <translation> {reason}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="543" />
        <source> {text}</source>
        <translation> {text}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="544" />
        <source> 交 {who}</source>
        <translation> to {who}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="545" />
        <source> 任务: {task}</source>
        <translation>, task: {task}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="546" />
        <source> 应对 {inc}</source>
        <translation> for {inc}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="547" />
        <source> 支援 {inc}</source>
        <translation> for {inc}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="548" />
        <source> 用于 {inc}</source>
        <translation> for {inc}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="549" />
        <source>(误报)</source>
        <translation> (false alarm)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="550" />
        <source>(重复)</source>
        <translation> (duplicate)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="551" />
        <source>, 理由: {reason}</source>
        <translation>, reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="552" />
        <source>: {note}</source>
        <translation>: {note}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="553" />
        <source>: {summary}</source>
        <translation>: {summary}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="554" />
        <source>CAP 导入 {file}: {outcome}{reason}</source>
        <translation>CAP import {file}: {outcome}{reason}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="555" />
        <source>[{meeting}] </source>
        <translation>[{meeting}] </translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="556" />
        <source>{actor} {what}</source>
        <translation>{actor} {what}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="557" />
        <source>{call} {person} ({w})</source>
        <translation>{call} {person} ({w})</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="558" />
        <source>{colour}{hazard}预警</source>
        <translation>{colour} warning: {hazard}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="559" />
        <source>{kind} (内容无法识别)</source>
        <translation>{kind} (unreadable content)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="560" />
        <source>{meeting}决定: {text}{inc}</source>
        <translation>{meeting}Decision: {text}{inc}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="561" />
        <source>{name} {side}签字{note}</source>
        <translation>{name} signed the {side}{note}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="562" />
        <source>{name}({n}人)</source>
        <translation>{name} ({n} people)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="563" />
        <source>{store} 入库 {item} {qty}{unit}{note}</source>
        <translation>{store} received {item} {qty}{unit}{note}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="564" />
        <source>{store} 出库 {item} {qty}{inc}{to}{order}</source>
        <translation>{store} issued {item} {qty}{inc}{to}{order}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="565" />
        <source>{store} 完成{task}</source>
        <translation>{store} completed {task}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="566" />
        <source>{team} 到达现场</source>
        <translation>{team} arrived on scene</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="567" />
        <source>{team} 恢复待命</source>
        <translation>{team} back on standby</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="568" />
        <source>{team} 转入休整</source>
        <translation>{team} resting</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="569" />
        <source>{team} 返回{note}</source>
        <translation>{team} returning{note}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="570" />
        <source>{zone} 已转移 {h}户{n}人, 安全屋 {safe}人{reason}</source>
        <translation>{zone}: {h} households, {n} people moved; {safe} in the safe house{reason}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="571" />
        <source>{zone} 解除转移</source>
        <translation>{zone}: evacuation lifted</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="572" />
        <source>·{sub}</source>
        <translation> · {sub}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="573" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="574" />
        <source>「{title}」</source>
        <translation>“{title}”</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="575" />
        <source>【演练】</source>
        <translation>[DRILL] </translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="576" />
        <source>【演练注入 T+{minute}】{text}</source>
        <translation>[Exercise inject T+{minute}] {text}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="577" />
        <source>上级</source>
        <translation>the level above</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="578" />
        <source>上线</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="579" />
        <source>书面报告</source>
        <translation>Written report</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="580" />
        <source>事件{id}</source>
        <translation>incident {id}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="581" />
        <source>交班</source>
        <translation>handover (outgoing)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="582" />
        <source>作废被中心拒绝的决策 {kind} ({reason}){note}</source>
        <translation>Voided the decision the hub rejected: {kind} ({reason}){note}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="583" />
        <source>办结 {inc}{disposition}{summary}</source>
        <translation>closed {inc}{disposition}{summary}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="584" />
        <source>发布{colour}预警: {hazard}{text}</source>
        <translation>Issued {colour} warning: {hazard}{text}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="585" />
        <source>受伤{n}人</source>
        <translation>{n} injured</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="586" />
        <source>叫应</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="587" />
        <source>叫应 {zone} {role}{who}: {answer}{note}</source>
        <translation>Called {zone} {role}{who}: {answer}{note}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="588" />
        <source>叫应已应答 ({w})</source>
        <translation>Call answered ({w})</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="589" />
        <source>叫应未接通 ({w})</source>
        <translation>Call not reached ({w})</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="590" />
        <source>向{to}{stage} {inc}</source>
        <translation>{stage} to {to}: {inc}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="591" />
        <source>启动 {plan} {level}{inc}</source>
        <translation>Activated {plan} {level}{inc}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="592" />
        <source>启动 {zone} 人员转移, 计划 {h}户{n}人</source>
        <translation>Started evacuation of {zone}: {h} households, {n} people planned</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="593" />
        <source>喊醒</source>
        <translation>Wake-up call</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="594" />
        <source>处理冲突: {note}</source>
        <translation>Settled a conflict: {note}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="595" />
        <source>失踪{n}人</source>
        <translation>{n} missing</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="596" />
        <source>将 {inc} 调整为{severity}{reason}</source>
        <translation>Changed {inc} to {severity}{reason}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="597" />
        <source>已应答</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="598" />
        <source>建立 {name} 基础信息</source>
        <translation>Set up {name}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="599" />
        <source>报告 {text}</source>
        <translation>Reported {text}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="600" />
        <source>排班 {day} 值班员 {officer}, 带班领导 {leader}</source>
        <translation>Duty roster {day}: officer {officer}, leader on duty {leader}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="601" />
        <source>接入视频 {video} 至 {inc}</source>
        <translation>Linked camera {video} to {inc}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="602" />
        <source>接报 {town}{village} {type}{subtype}: {title}({severity}, {source}){cas}{drill}</source>
        <translation>Report from {town} {village}: {type}{subtype}, {title} ({severity}, {source}){cas}{drill}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="603" />
        <source>接班</source>
        <translation>handover (incoming)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="604" />
        <source>接班, 值班员 {officer}, 带班领导 {leader}</source>
        <translation>Took over the shift: officer {officer}, leader on duty {leader}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="605" />
        <source>断开视频 {video}</source>
        <translation>Unlinked camera {video}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="606" />
        <source>更新{what} {label}{people}</source>
        <translation>Updated {what} {label}{people}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="607" />
        <source>更新预警 {w}</source>
        <translation>Updated warning {w}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="608" />
        <source>未应答</source>
        <translation>no answer</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="609" />
        <source>本班结束</source>
        <translation>Shift ended</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="610" />
        <source>核实 {inc}{note}</source>
        <translation>Verified {inc}{note}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="611" />
        <source>死亡{n}人</source>
        <translation>{n} dead</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="612" />
        <source>注销{what} {name}{note}</source>
        <translation>Retired {what} {name}{note}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="613" />
        <source>派遣 {team} 前往 {place}{task}</source>
        <translation>Dispatched {team} to {place}{task}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="614" />
        <source>演练开始: {title} (×{speed})</source>
        <translation>Exercise started: {title} (×{speed})</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="615" />
        <source>演练结束</source>
        <translation>Exercise ended</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="616" />
        <source>电话初报</source>
        <translation>Phone report</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="617" />
        <source>登记{level}物资仓库 {name}</source>
        <translation>Registered {level} store {name}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="618" />
        <source>登记乡镇 {name}({n}个村)</source>
        <translation>Registered township {name} ({n} villages)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="619" />
        <source>登记视频源 {name}({kind})</source>
        <translation>Registered camera {name} ({kind})</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="620" />
        <source>登记避险区域 {name}, 指挥官 {who}</source>
        <translation>Registered zone {name}, commander {who}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="621" />
        <source>登记避难场所 {name}(容纳{n}人)</source>
        <translation>Registered shelter {name} (for {n} people)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="622" />
        <source>登记队伍 {name}({n}人, {kind})</source>
        <translation>Registered team {name} ({n} people, {kind})</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="623" />
        <source>登记预案 {name}</source>
        <translation>Registered plan {name}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="624" />
        <source>盘点 {store} {item} {qty}</source>
        <translation>Stock count {store} {item} {qty}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="625" />
        <source>离线</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="626" />
        <source>终报</source>
        <translation>final report</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="627" />
        <source>终止 {plan} 应急响应</source>
        <translation>Ended the response under {plan}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="628" />
        <source>续报</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="629" />
        <source>续报 {inc}: {text}{cas}</source>
        <translation>Follow-up on {inc}: {text}{cas}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="630" />
        <source>被困{n}人</source>
        <translation>{n} trapped</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="631" />
        <source>视频 {video} {state}</source>
        <translation>Camera {video} {state}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="632" />
        <source>解除预警 {w}{reason}</source>
        <translation>Lifted warning {w}{reason}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="633" />
        <source>记录 {text}</source>
        <translation>Recorded: {text}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="634" />
        <source>设置 631 叫应 {n} 级</source>
        <translation>Set the 631 call ladder: {n} stages</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="635" />
        <source>设置报送时限: 电话初报 {phone} 分钟, 书面报告 {written} 分钟, 续报每 {followup} 分钟, 终报 {final} 小时</source>
        <translation>Reporting deadlines set: phone report {phone} min, written report {written} min, follow-up every {followup} min, final report {final} h</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="636" />
        <source>调拨 {item} {qty} 从 {source} 到 {target}{inc}</source>
        <translation>Transferred {item} {qty} from {source} to {target}{inc}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="637" />
        <source>进入演练模式: {name}</source>
        <translation>Entered exercise mode: {name}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="638" />
        <source>退出演练模式: {scenario}{note}</source>
        <translation>Left exercise mode: {scenario}{note}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="639" />
        <source>队伍{id}</source>
        <translation>team {id}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="640" />
        <source>，{parts}</source>
        <translation>; {parts}</translation>
    </message>
</context>
<context>
    <name>orders</name>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="291" />
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="292" />
        <source>叫应内容</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="293" />
        <source>向基层下达叫应</source>
        <translation>Call a zone's roles</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="294" />
        <source>接入单兵图传</source>
        <translation>Link a body camera feed</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="295" />
        <source>立即组织群众转移, 到安全屋后回报人数</source>
        <translation>Move the residents now; report the count from the safe house</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="296" />
        <source>要求</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="297" />
        <source>请求单兵图传</source>
        <translation>Request a body camera feed</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="298" />
        <source>避险区域</source>
        <translation>Zone</translation>
    </message>
</context>
<context>
    <name>panes</name>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="324" />
        <source>&amp;4 队伍与转移</source>
        <translation>&amp;4 Teams &amp;&amp; evacuation</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="350" />
        <source>&amp;1 指令签收</source>
        <translation>&amp;1 Orders</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="351" />
        <source>&amp;5 站点档案</source>
        <translation>&amp;5 Station profile</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="352" />
        <source>&amp;2 网格上报</source>
        <translation>&amp;2 Grid reports</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="353" />
        <source>&amp;3 灾情续报</source>
        <translation>&amp;3 Situation</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="431" />
        <source>事件详情</source>
        <translation>Incident detail</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="432" />
        <source>3人1屋</source>
        <translation>Evacuation (3+1)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="433" />
        <source>警情</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="434" />
        <source>值班日志</source>
        <translation>Decision log</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="435" />
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="491" />
        <source>一张图</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="436" />
        <source>应急物资</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="437" />
        <source>基层签收</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="438" />
        <source>乡镇站点</source>
        <translation>Stations</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="439" />
        <source>救援队伍</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="440" />
        <source>视频联报</source>
        <translation>Video wall</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="441" />
        <source>预警</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="461" />
        <source>值班</source>
        <translation>Duty</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="487" />
        <source>重点事件</source>
        <translation>Key incident</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="511" />
        <source>态势总览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="521" />
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/drill_player.py" line="32" />
        <source>演练控制</source>
        <translation>Exercise control</translation>
    </message>
</context>
<context>
    <name>pick</name>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="299" />
        <source>“{text}”对应多个{what}: {names}，请写完整</source>
        <translation>“{text}” matches several entries ({what}): {names}; type more of the name</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="300" />
        <source>没有与“{text}”相符的{what}</source>
        <translation>Nothing matches “{text}” ({what})</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="301" />
        <source>请填写{what}</source>
        <translation>Fill in: {what}</translation>
    </message>
</context>
<context>
    <name>ranking</name>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="641" />
        <source>{n} 人</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="642" />
        <source>专长对口</source>
        <translation>speciality matches</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="643" />
        <source>本乡镇</source>
        <translation>same township</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="644" />
        <source>正在返回</source>
        <translation>returning</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="645" />
        <source>综合力量</source>
        <translation>all-round force</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="646" />
        <source>距离 {km:.1f} 公里</source>
        <translation>{km:.1f} km away</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="106" />
        <source>{store} 没有维护项目「{task}」</source>
        <translation>{store} has no upkeep task "{task}"</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="107" />
        <source>{store} 的 {item} 只有 {have}, 不足 {qty}</source>
        <translation>{store} has only {have} of {item}, fewer than {qty}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="108" />
        <source>{team} 已派往「{other}」, 请先召回</source>
        <translation>{team} is already sent to "{other}"; recall it first</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="109" />
        <source>{team} 已派往该事件</source>
        <translation>{team} is already sent to this incident</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="110" />
        <source>{team} 当前为{status}, 不能{action}</source>
        <translation>{team} is {status}; cannot {action}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="111" />
        <source>{team} 正在休整, 不能派遣</source>
        <translation>{team} is resting and cannot be dispatched</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="113" />
        <source>{video} 已关联该事件</source>
        <translation>{video} is already linked to this incident</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="114" />
        <source>{video} 未关联该事件</source>
        <translation>{video} is not linked to this incident</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="115" />
        <source>{what}编号 {id} 已存在</source>
        <translation>{what} id {id} already exists</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="116" />
        <source>{what}编号不能为空</source>
        <translation>{what} id must not be empty</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="117" />
        <source>{zone} 已在转移中</source>
        <translation>{zone} is already evacuating</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="119" />
        <source>{zone} 未在转移中</source>
        <translation>{zone} is not evacuating</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="120" />
        <source>{zone} 未在转移中, 请先启动转移</source>
        <translation>{zone} is not evacuating; start the evacuation first</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="121" />
        <source>上一班 ({officer}) 尚未完成交接班, 请先交接</source>
        <translation>The previous shift ({officer}) has not handed over yet</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="122" />
        <source>事件「{title}」已处置完毕</source>
        <translation>Incident "{title}" is closed</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="196" />
        <source>事件「{title}」已处置完毕, 不能重复办结</source>
        <translation>Incident "{title}" is already closed</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="123" />
        <source>事件「{title}」已是{status}, 无需再核实</source>
        <translation>Incident "{title}" is already {status}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="124" />
        <source>事件「{title}」已是该级别</source>
        <translation>Incident "{title}" already has that severity</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="125" />
        <source>事件标题不能为空</source>
        <translation>The incident needs a title</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="126" />
        <source>事件级别必须是 1–4 (特别重大、重大、较大、一般), 不是 {level}</source>
        <translation>Severity must be 1–4, not {level}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="127" />
        <source>伤亡人数不能为负数</source>
        <translation>Casualty figures cannot be negative</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="128" />
        <source>值班员和带班领导都必须填写</source>
        <translation>Both duty officer and leader are required</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="129" />
        <source>决策内容不能为空</source>
        <translation>The decision needs text</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="131" />
        <source>响应级别必须是 Ⅰ–Ⅳ (1–4), 不是 {level}</source>
        <translation>Response level must be I–IV (1–4), not {level}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="132" />
        <source>安全屋人数 {n} 多于已转移人数 {m}</source>
        <translation>Safe house count {n} exceeds people moved {m}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="200" />
        <source>报送阶段 {stage} 不明 (phone/written/followup/final)</source>
        <translation>Unknown reporting stage {stage}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="133" />
        <source>数量必须大于 0, 不是 {qty}</source>
        <translation>Quantity must be above 0, not {qty}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="112" />
        <source>{type}没有细类 {subtype}</source>
        <translation>{type} has no sub-type {subtype}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="118" />
        <source>{zone} 已转移 {n}{unit}, 多于应转移 {plan}{unit}: 请核对, 或写明超出原因</source>
        <translation>{zone}: {n} {unit} moved, more than the {plan} {unit} planned: check the count, or give the reason</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="130" />
        <source>受威胁户数和人数不能为负数</source>
        <translation>Threatened households and people cannot be negative</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="134" />
        <source>没有编号为 {id} 的{what}</source>
        <translation>No {what} with id {id}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="135" />
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="184" />
        <source>没有编号为 {id} 的乡镇</source>
        <translation>No township with id {id}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="136" />
        <source>没有编号为 {id} 的事件</source>
        <translation>No incident with id {id}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="137" />
        <source>物资名称不能为空</source>
        <translation>The item needs a name</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="138" />
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="174" />
        <source>签字人不能为空</source>
        <translation>The signer's name is required</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="139" />
        <source>签字方必须是 out (交班) 或 in (接班)</source>
        <translation>Side must be out or in</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="140" />
        <source>续报内容不能为空</source>
        <translation>The follow-up needs text</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="141" />
        <source>该冲突已处理</source>
        <translation>That conflict is already settled</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="142" />
        <source>该班次已签字</source>
        <translation>That shift is already signed</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="143" />
        <source>该班次已结束</source>
        <translation>That shift has ended</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="144" />
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="218" />
        <source>该预警已解除</source>
        <translation>That warning is already lifted</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="145" />
        <source>请写明处理结果</source>
        <translation>Write how it was settled</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="146" />
        <source>调出与调入仓库不能相同</source>
        <translation>Source and target warehouse must differ</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="147" />
        <source>转移户数、人数不能为负数</source>
        <translation>Households and people cannot be negative</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="148" />
        <source>预案「{name}」未启动</source>
        <translation>Plan "{name}" is not active</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="149" />
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="220" />
        <source>预警结束时间必须晚于开始时间</source>
        <translation>A warning must end after it starts</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="150" />
        <source>回复 {answer} 不明 (到场/完成/无法执行)</source>
        <translation>Unknown answer {answer} (arrived/done/unable)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="151" />
        <source>报告标题不能为空</source>
        <translation>The report needs a title</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="152" />
        <source>指令类别 {kind} 不明 (call/video)</source>
        <translation>Unknown order kind {kind} (call/video)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="153" />
        <source>指令须写明下达到哪个乡镇</source>
        <translation>An order must name its township</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="154" />
        <source>无法执行须说明原因</source>
        <translation>Unable needs a reason</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="155" />
        <source>灾情数字不能为负数</source>
        <translation>Disaster figures cannot be negative</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="156" />
        <source>灾情统计须写明乡镇</source>
        <translation>Disaster figures must name the township</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="157" />
        <source>站点档案有不明项目: {items}</source>
        <translation>Unknown items in the station profile: {items}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="158" />
        <source>站点档案须写明乡镇</source>
        <translation>The station profile must name the township</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="159" />
        <source>网格报告须写明乡镇</source>
        <translation>A grid report must name the township</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="160" />
        <source>网格长审核须由报告人以外的人完成</source>
        <translation>The grid leader's check must be made by someone other than the reporter</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="161" />
        <source>该报告已由 {name} 审核</source>
        <translation>This report was already checked by {name}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="162" />
        <source>该指令已办结, 不能再回复</source>
        <translation>This order is closed; it takes no more answers</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="163" />
        <source>该指令已回复「{answer}」</source>
        <translation>This order was already answered "{answer}"</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="164" />
        <source>该指令已由 {name} 签收</source>
        <translation>This order was already signed for by {name}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="165" />
        <source>请先签收该指令</source>
        <translation>Sign for the order first</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="166" />
        <source>请填写{who}姓名</source>
        <translation>Give the name of the {who}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="167" />
        <source>退回报告须说明原因</source>
        <translation>Returning a report needs a reason</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="168" />
        <source>会商类型必须是 定期、紧急 或 专题</source>
        <translation>A consultation is scheduled, emergency or special</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="169" />
        <source>大屏没有页面「{page}」</source>
        <translation>The big screen has no page "{page}"</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="170" />
        <source>带班领导已签字</source>
        <translation>The leader on duty has already signed</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="171" />
        <source>批示内容不能为空</source>
        <translation>The instruction is empty</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="172" />
        <source>推送时长必须在 {lo} 到 {hi} 秒之间</source>
        <translation>A push lasts {lo} to {hi} seconds</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="173" />
        <source>本班带班领导是 {leader}, 不能由 {name} 签字</source>
        <translation>The leader on duty is {leader}; {name} cannot sign</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="175" />
        <source>请填写会商结论</source>
        <translation>Write the conclusions</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="176" />
        <source>请填写会商议题</source>
        <translation>Give the consultation's topic</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="177" />
        <source>请填写参会人员</source>
        <translation>Name the attendees</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="178" />
        <source>{what} {id} 尚未登记, 请先登记</source>
        <translation>{what} {id} is not registered; register it first</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="179" />
        <source>{what} {id} 的内容有误: {why}</source>
        <translation>{what} {id} has wrong content: {why}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="180" />
        <source>{what}编号 {id} 与内容不符</source>
        <translation>{what} ID {id} does not match its content</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="181" />
        <source>数量不能为负数, 不是 {qty}</source>
        <translation>The quantity cannot be negative, not {qty}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="182" />
        <source>没有「{type}」这类基础数据</source>
        <translation>There is no kind of record called "{type}"</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="183" />
        <source>没有在用的{what} {id}</source>
        <translation>No {what} {id} in service</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="185" />
        <source>没有编号为 {id} 的仓库</source>
        <translation>No store with ID {id}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="186" />
        <source>队伍 {name} 正在执行任务, 不能注销</source>
        <translation>Team {name} is out on a task and cannot be retired</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="187" />
        <source>{name}时限必须在 1–{hi} 分钟之间, 不是 {v}</source>
        <translation>The {name} deadline must be 1–{hi} minutes, not {v}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="188" />
        <source>「{title}」下一次应为第 {n} 次续报</source>
        <translation>The next follow-up of “{title}” is number {n}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="189" />
        <source>「{title}」尚在接报阶段, 只能作为误报或重复办结, 否则请先核实</source>
        <translation>“{title}” is still at intake: close it only as a false alarm or duplicate, or verify it first</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="190" />
        <source>「{title}」尚未处置完毕, 终报在办结后报送</source>
        <translation>“{title}” is not closed yet; the final report follows closing</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="191" />
        <source>「{title}」尚未电话初报, 请先记录初报</source>
        <translation>“{title}” has no phone report yet; record it first</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="192" />
        <source>「{title}」已处置完毕, 请报送终报而非续报</source>
        <translation>“{title}” is closed; send the final report, not a follow-up</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="193" />
        <source>「{title}」的{stage}已于 {at} 记录, 不能重复记录</source>
        <translation>The {stage} of “{title}” was recorded at {at}; it cannot be recorded twice</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="194" />
        <source>「{title}」第 {n} 次续报已记录, 不能重复记录</source>
        <translation>Follow-up {n} of “{title}” is already recorded; it cannot be recorded twice</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="195" />
        <source>书面报告时限不能早于电话初报时限</source>
        <translation>The written-report deadline cannot be earlier than the phone-report deadline</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="197" />
        <source>作为误报或重复办结须写明理由</source>
        <translation>Closing as a false alarm or duplicate needs a reason</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="198" />
        <source>作废记录与原决策不符</source>
        <translation>The void record does not match the decision</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="199" />
        <source>办结方式 {d} 不明 (resolved/false_alarm/duplicate)</source>
        <translation>Unknown way of closing {d} (resolved/false_alarm/duplicate)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="201" />
        <source>演练「{title}」正在进行</source>
        <translation>Exercise “{title}” is running</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="202" />
        <source>演练速度必须在 ×1–×600 之间, 不是 ×{v}</source>
        <translation>Exercise speed must be ×1–×600, not ×{v}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="203" />
        <source>终报时限必须在 1–720 小时之间, 不是 {v}</source>
        <translation>The final-report deadline must be 1–720 hours, not {v}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="204" />
        <source>该决策已作废</source>
        <translation>That decision is already void</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="205" />
        <source>{name} 已应答</source>
        <translation>{name} has already answered</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="206" />
        <source>叫应时限必须为正</source>
        <translation>Ladder deadlines must be positive</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="207" />
        <source>叫应没有第 {n} 级</source>
        <translation>The ladder has no stage {n}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="208" />
        <source>叫应至少要有一级</source>
        <translation>The ladder needs at least one stage</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="209" />
        <source>叫应记录编号 {id} 已存在</source>
        <translation>Call {id} already exists</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="210" />
        <source>夜间时段须在 0–23 时之间</source>
        <translation>Night hours must be between 0 and 23</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="211" />
        <source>导入记录缺少文件名</source>
        <translation>The import log line has no file name</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="212" />
        <source>已记录 {name} 未接通</source>
        <translation>{name} is already recorded as not reached</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="213" />
        <source>未知的叫应对象 {a}</source>
        <translation>Unknown ladder audience {a}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="214" />
        <source>未知的叫应方式 {c}</source>
        <translation>Unknown call channel {c}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="215" />
        <source>没有编号为 {id} 的叫应记录</source>
        <translation>There is no call {id}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="216" />
        <source>没有编号为 {id} 的预警</source>
        <translation>There is no warning {id}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="217" />
        <source>该预警不涉及本县, 无需叫应</source>
        <translation>This warning is outside the county: no calls needed</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="219" />
        <source>请填写被叫应人</source>
        <translation>Name the person called</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="221" />
        <source>只能作废本站尚未被中心接收的决策</source>
        <translation>Only this station's decisions the hub has not stored can be voided</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="222" />
        <source>本站角色 {role} 无权提交「{kind}」</source>
        <translation>This station's role {role} may not submit "{kind}"</translation>
    </message>
</context>
<context>
    <name>screen</name>
    <message>
        <location filename="../../commandcenter/ui/screen/pages/common.py" line="18" />
        <source>红色</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/screen/pages/common.py" line="19" />
        <source>橙色</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/screen/pages/common.py" line="20" />
        <source>黄色</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/screen/pages/common.py" line="21" />
        <source>蓝色</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/screen/pages/duty.py" line="22" />
        <source>已应答</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/screen/pages/duty.py" line="23" />
        <source>未应答</source>
        <translation>no answer</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/screen/pages/duty.py" line="24" />
        <source>未叫应</source>
        <translation>not called</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/screen/pages/map_page.py" line="33" />
        <source>隐患点/避险区</source>
        <translation>Hazard sites / zones</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/screen/pages/map_page.py" line="34" />
        <source>避难场所</source>
        <translation>Shelters</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/screen/pages/map_page.py" line="35" />
        <source>物资仓库</source>
        <translation>Stores</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/screen/pages/map_page.py" line="36" />
        <source>视频点</source>
        <translation>Cameras</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/screen/pages/map_page.py" line="37" />
        <source>救援队伍</source>
        <translation>Rescue teams</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/screen/pages/overview.py" line="20" />
        <source>特别重大 {n}</source>
        <translation>I: {n}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/screen/pages/overview.py" line="21" />
        <source>重大 {n}</source>
        <translation>II: {n}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/screen/pages/overview.py" line="22" />
        <source>较大 {n}</source>
        <translation>III: {n}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/screen/pages/overview.py" line="23" />
        <source>一般 {n}</source>
        <translation>IV: {n}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/screen/pages/stats_page.py" line="23" />
        <source>接报→派出</source>
        <translation>report→dispatch</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/screen/pages/stats_page.py" line="24" />
        <source>派出→到场</source>
        <translation>dispatch→on scene</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/screen/pages/stats_page.py" line="25" />
        <source>接报→到场</source>
        <translation>report→on scene</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/screen/pages/stats_page.py" line="26" />
        <source>电话初报</source>
        <translation>First phone report</translation>
    </message>
    <message>
        <location filename="../../commandcenter/ui/screen/pages/stats_page.py" line="27" />
        <source>书面报告</source>
        <translation>Written report</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="442" />
        <source>更新于 {n} 分钟前</source>
        <translation>updated {n} min ago</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="443" />
        <source>更新于 {n} 小时前</source>
        <translation>updated {n} h ago</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="444" />
        <source>更新于 {n} 秒前</source>
        <translation>updated {n} s ago</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="445" />
        <source>{hour}时</source>
        <translation>{hour}h</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="446" />
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="447" />
        <source>{colour}预警</source>
        <translation>{colour} warning</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="448" />
        <source>… 另有 {n} 支</source>
        <translation>… and {n} more teams</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="449" />
        <source>今日值班</source>
        <translation>On duty today</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="450" />
        <source>值班员</source>
        <translation>Duty officer</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="451" />
        <source>值班电话</source>
        <translation>Duty phone</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="452" />
        <source>叫应 {done}/{n} 已应答</source>
        <translation>Call-out: {done}/{n} answered</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="453" />
        <source>在外队伍 联系电话</source>
        <translation>Teams out: phones</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="454" />
        <source>尚未接班</source>
        <translation>No shift taken over yet</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="455" />
        <source>已签字</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="456" />
        <source>带班领导</source>
        <translation>Leader on duty</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="457" />
        <source>当前无生效预警</source>
        <translation>No warnings in force</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="458" />
        <source>接班 {time}</source>
        <translation>took over {time}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="459" />
        <source>暂无在外队伍</source>
        <translation>No teams out</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="460" />
        <source>预警叫应</source>
        <translation>Warning call-outs</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="462" />
        <source>{n}人</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="463" />
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="524" />
        <source>【演练】</source>
        <translation>[DRILL] </translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="464" />
        <source>事件概况</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="465" />
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="498" />
        <source>出动队伍</source>
        <translation>Teams out</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="466" />
        <source>受伤 {n}</source>
        <translation>injured {n}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="467" />
        <source>受灾 {n} 人</source>
        <translation>affected {n}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="468" />
        <source>在线</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="469" />
        <source>处置时间线</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="470" />
        <source>失踪 {n}</source>
        <translation>missing {n}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="471" />
        <source>尚未派出队伍</source>
        <translation>No team sent yet</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="472" />
        <source>已撤离</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="473" />
        <source>已超时 {time}</source>
        <translation>overdue since {time}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="474" />
        <source>当前无在办事件</source>
        <translation>No open incidents</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="475" />
        <source>接报 {time}</source>
        <translation>reported {time}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="476" />
        <source>时限 {time}</source>
        <translation>due {time}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="477" />
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="506" />
        <source>暂无批示</source>
        <translation>No instructions yet</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="478" />
        <source>暂无调用物资</source>
        <translation>No materials sent yet</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="479" />
        <source>未关联更多视频</source>
        <translation>no more video linked</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="480" />
        <source>未接入视频</source>
        <translation>No video linked</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="481" />
        <source>死亡 {n}</source>
        <translation>dead {n}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="482" />
        <source>离线</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="483" />
        <source>被困 {n}</source>
        <translation>trapped {n}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="484" />
        <source>视频联报</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="485" />
        <source>调用物资</source>
        <translation>Materials sent</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="486" />
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="510" />
        <source>领导批示</source>
        <translation>Leaders' instructions</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="488" />
        <source>一张图</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="489" />
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="499" />
        <source>在办事件</source>
        <translation>Open incidents</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="490" />
        <source>在办事件 (光圈: 较大及以上, 至多{n}起)</source>
        <translation>Open incidents (halo: major and above, at most {n})</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="492" />
        <source>{n} 人在外</source>
        <translation>{n} people out</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="493" />
        <source>{n} 处转移中</source>
        <translation>{n} zones moving</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="494" />
        <source>{n} 支</source>
        <translation>{n}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="495" />
        <source>… 另有 {n} 起</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="496" />
        <source>今日接报</source>
        <translation>Reported today</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="497" />
        <source>其中演练在办 {n} 起</source>
        <translation>drills open: {n}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="500" />
        <source>在办事件一览</source>
        <translation>Open incidents list</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="501" />
        <source>安全屋 {n} 人</source>
        <translation>In safe houses {n}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="502" />
        <source>已转移 {n} 人</source>
        <translation>Moved {n}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="503" />
        <source>应急响应</source>
        <translation>Emergency response</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="504" />
        <source>应转移 {n} 人</source>
        <translation>To move {n}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="505" />
        <source>批示</source>
        <translation>instructed</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="507" />
        <source>未启动应急响应</source>
        <translation>No emergency response in force</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="508" />
        <source>生效预警</source>
        <translation>Warnings in force</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="509" />
        <source>转移避险</source>
        <translation>Evacuation</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="512" />
        <source>{n}分</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="513" />
        <source>{n}时</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="514" />
        <source>{n}起</source>
        <translation>{n} incidents</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="515" />
        <source>信息报送时限达标率 (近7天)</source>
        <translation>Reporting deadlines met (7 days)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="516" />
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="517" />
        <source>响应时间 (近7天 中位数 / 90%)</source>
        <translation>Response times (7 days, median / 90%)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="518" />
        <source>近24小时接报 (按小时、类型)</source>
        <translation>Reports in the last 24 h (by hour and type)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="519" />
        <source>近7天接报 (按乡镇)</source>
        <translation>Reports in 7 days (by township)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="520" />
        <source>近7天无接报</source>
        <translation>No reports in 7 days</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="522" />
        <source>尚未同步</source>
        <translation>not synced yet</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="523" />
        <source>{bureau} 应急指挥中心</source>
        <translation>{bureau} Command Center</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="525" />
        <source>与指挥中心失去连接　最后同步 {when}　画面可能已过时</source>
        <translation>Connection to the command center lost　last sync {when}　the screen may be out of date</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="526" />
        <source>同步 {n} 秒前</source>
        <translation>Synced {n} s ago</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="527" />
        <source>大屏推送 剩余 {n} 秒</source>
        <translation>Pushed to screen, {n} s left</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="528" />
        <source>已固定 {page}</source>
        <translation>Pinned: {page}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="529" />
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="530" />
        <source>应急指挥中心 大屏</source>
        <translation>Command Center big screen</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="531" />
        <source>应急管理局</source>
        <translation>Emergency Management Bureau</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="532" />
        <source>轮播 {n} 秒</source>
        <translation>Rotating every {n} s</translation>
    </message>
</context>
<context>
    <name>stock</name>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="302" />
        <source>(无)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="303" />
        <source>{task} (每{days}天, 到期 {due})</source>
        <translation>{task} (every {days} days, due {due})</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="304" />
        <source>五定任务</source>
        <translation>Upkeep task</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="305" />
        <source>五定维护完成 — {0}</source>
        <translation>Upkeep done — {0}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="306" />
        <source>入库 — {0}</source>
        <translation>Receive — {0}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="307" />
        <source>出库 — {0}</source>
        <translation>Issue — {0}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="308" />
        <source>出库须依据动用指令, 请填写指令编号</source>
        <translation>An issue follows a release order: enter its number</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="309" />
        <source>动用指令编号</source>
        <translation>Release order no.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="310" />
        <source>单位 (新物资)</source>
        <translation>Unit (new item)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="311" />
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="312" />
        <source>来源 / 凭证号</source>
        <translation>Source / voucher no.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="313" />
        <source>物资</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="314" />
        <source>物资名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="315" />
        <source>物资名称不能为空</source>
        <translation>The item needs a name</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="316" />
        <source>用于事件</source>
        <translation>For incident</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="317" />
        <source>类别 (新物资)</source>
        <translation>Category (new item)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="318" />
        <source>该仓库没有五定任务</source>
        <translation>This store has no upkeep tasks</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="319" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="320" />
        <source>领用人</source>
        <translation>Recipient</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="3" />
        <source>370M</source>
        <translation>370M</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="4" />
        <source>Ⅰ级响应</source>
        <translation>Level I response</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="5" />
        <source>Ⅱ级响应</source>
        <translation>Level II response</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="6" />
        <source>Ⅲ级响应</source>
        <translation>Level III response</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="7" />
        <source>Ⅳ级响应</source>
        <translation>Level IV response</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="8" />
        <source>一般</source>
        <translation>Ordinary (IV)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="9" />
        <source>上级通报</source>
        <translation>Upper-level notice</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="10" />
        <source>专业应急救援队伍</source>
        <translation>Professional rescue team</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="11" />
        <source>专家</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="12" />
        <source>专项预案</source>
        <translation>Special plan</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="13" />
        <source>乡镇级</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="14" />
        <source>书面报告</source>
        <translation>Written report</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="15" />
        <source>事故灾难</source>
        <translation>Accident</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="16" />
        <source>人</source>
        <translation>people</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="17" />
        <source>休整</source>
        <translation>Rest</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="18" />
        <source>入库</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="19" />
        <source>冲锋舟检查</source>
        <translation>Assault boat check</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="20" />
        <source>出库</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="21" />
        <source>到场</source>
        <translation>On scene</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="22" />
        <source>单兵图传</source>
        <translation>Body camera</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="23" />
        <source>卫星电话</source>
        <translation>Sat phone</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="24" />
        <source>危险化学品</source>
        <translation>Hazardous chemicals</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="25" />
        <source>县级</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="26" />
        <source>发电机保养</source>
        <translation>Generator maintenance</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="27" />
        <source>叫应</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="28" />
        <source>台风</source>
        <translation>Typhoon</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="29" />
        <source>地质灾害</source>
        <translation>Landslide</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="30" />
        <source>地震</source>
        <translation>Earthquake</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="31" />
        <source>地面塌陷</source>
        <translation>Ground subsidence</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="32" />
        <source>基层应急救援队伍</source>
        <translation>Grassroots rescue team</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="33" />
        <source>处置中</source>
        <translation>Responding</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="34" />
        <source>处置完毕</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="35" />
        <source>天网</source>
        <translation>Skynet camera</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="36" />
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="37" />
        <source>对讲机充电</source>
        <translation>Radio charging</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="38" />
        <source>山洪</source>
        <translation>Flash flood</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="39" />
        <source>崩塌</source>
        <translation>Rockfall</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="40" />
        <source>工贸</source>
        <translation>Industry and trade</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="41" />
        <source>已派出</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="42" />
        <source>已解除</source>
        <translation>All clear</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="43" />
        <source>市级</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="44" />
        <source>建筑施工</source>
        <translation>Construction</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="45" />
        <source>待命</source>
        <translation>Standby</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="46" />
        <source>总体预案</source>
        <translation>General plan</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="47" />
        <source>户</source>
        <translation>households</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="48" />
        <source>指挥官</source>
        <translation>Commander</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="49" />
        <source>接报</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="50" />
        <source>救生衣检查</source>
        <translation>Life jacket check</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="51" />
        <source>无人机</source>
        <translation>Drone</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="52" />
        <source>无法执行</source>
        <translation>Unable</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="53" />
        <source>暴雨洪涝</source>
        <translation>Rainstorm flood</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="54" />
        <source>有场所</source>
        <translation>Premises</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="55" />
        <source>有平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="56" />
        <source>有机构</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="57" />
        <source>有物资</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="58" />
        <source>有队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="59" />
        <source>未启动</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="60" />
        <source>未转移</source>
        <translation>Not moving</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="61" />
        <source>村级简明预案</source>
        <translation>Village plan</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="62" />
        <source>村级视频室</source>
        <translation>Village video room</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="63" />
        <source>核实</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="64" />
        <source>森林火灾</source>
        <translation>Forest fire</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="65" />
        <source>橙色</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="66" />
        <source>泥石流</source>
        <translation>Debris flow</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="67" />
        <source>派遣任务</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="68" />
        <source>滑坡</source>
        <translation>Landslide</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="69" />
        <source>火灾</source>
        <translation>Fire</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="70" />
        <source>烟花爆竹</source>
        <translation>Fireworks</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="71" />
        <source>物资盘点</source>
        <translation>Stock count</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="72" />
        <source>物资送达</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="73" />
        <source>特别重大</source>
        <translation>Extraordinary (I)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="74" />
        <source>特种设备</source>
        <translation>Special equipment</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="75" />
        <source>电力</source>
        <translation>Power</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="76" />
        <source>电台</source>
        <translation>Radio</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="77" />
        <source>电池充电</source>
        <translation>Battery charging</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="78" />
        <source>电话初报</source>
        <translation>Phone report</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="79" />
        <source>电话接警</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="80" />
        <source>监测报警</source>
        <translation>Sensor alarm</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="81" />
        <source>监管员</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="82" />
        <source>矿山</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="83" />
        <source>社会应急力量</source>
        <translation>Volunteer force</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="84" />
        <source>红色</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="85" />
        <source>终报</source>
        <translation>Final report</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="86" />
        <source>续报</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="87" />
        <source>综合性消防救援队伍</source>
        <translation>Fire and rescue</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="88" />
        <source>网格员查报</source>
        <translation>Grid member</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="89" />
        <source>网络</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="90" />
        <source>自然灾害</source>
        <translation>Natural disaster</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="91" />
        <source>蓝色</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="92" />
        <source>视频巡查</source>
        <translation>Video patrol</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="93" />
        <source>视频请求</source>
        <translation>Video request</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="94" />
        <source>调拨</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="95" />
        <source>责任人</source>
        <translation>Caretaker</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="96" />
        <source>转移中</source>
        <translation>Moving</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="97" />
        <source>转移指令</source>
        <translation>Evacuation order</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="98" />
        <source>较大</source>
        <translation>Major (III)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="99" />
        <source>返回</source>
        <translation>Returning</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="100" />
        <source>道路交通</source>
        <translation>Road traffic</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="101" />
        <source>重大</source>
        <translation>Serious (II)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="102" />
        <source>雨雪冰冻</source>
        <translation>Ice and snow</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="103" />
        <source>雪亮</source>
        <translation>Xueliang camera</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="104" />
        <source>驻军和民兵</source>
        <translation>Army and militia</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpehd2qxyv/core_strings.py" line="105" />
        <source>黄色</source>
        <translation>Yellow</translation>
    </message>
</context>
</TS>