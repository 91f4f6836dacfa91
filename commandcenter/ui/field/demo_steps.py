"""A few things a township station does in its first minutes, for the demo's screenshot: sign
for and answer an order, a grid member's report waiting for the check, a profile with the
network down. Everything goes through the real pages (their buttons), not around them."""

from __future__ import annotations

from commandcenter.domain import scope as scoping


async def act_a_little(desk, window) -> None:
    desk.flush()  # the tables must hold the orders the hub just sent before one is selected
    orders = window.page("OrdersPage")
    open_ = [o for o in scoping.orders(desk.state, desk.scope) if not o.closed and not o.signed_at]
    for o, answer in zip(open_[1:3], ("", "done"), strict=False):  # newest but one: on screen
        orders.select(o.id)
        orders.sign()
        await desk.drain()
        if answer:
            orders.select(o.id)
            orders.answer(answer)
            await desk.drain()
    report = window.page("ReportPage")
    report.reporter.setText("孙网格")
    report.grid.setText("第3网格")
    report.title_edit.setText("后山出现裂缝, 约20米长")
    report.report()
    await desk.drain()
    profile = window.page("ProfilePage")
    profile.five["org"].setChecked(True)
    profile.five["site"].setChecked(True)
    profile.five["team"].setChecked(True)
    profile.comms["network"].setChecked(False)
    profile.remark.setText("光缆中断, 靠卫星电话和370M联络")
    profile.save()
    await desk.drain()
    desk.flush()
    rest = [o for o in scoping.orders(desk.state, desk.scope) if not o.signed_at and not o.closed]
    window.tabs.setCurrentIndex(0)
    if rest:
        orders.select(rest[0].id)
