"""`commandcenter drill …`: list the scenarios, run one headless in a drill world.

`drill run` copies the real county (`--db`, only read) into the drill world beside it and plays
the scenario with a scripted responder, then prints the 演练评估. `report handover --drill`
prints the drill world's handover afterwards.
"""

from __future__ import annotations

import click

from commandcenter.drills import ScenarioError


@click.group("drill")
def drill() -> None:
    """演练: 场景列表, 无界面运行一个演练场景。"""


@drill.command("list")
def list_() -> None:
    """列出内置演练场景。"""
    from commandcenter.drills import scenarios

    try:
        found = scenarios()
    except ScenarioError as exc:
        raise click.ClickException(str(exc)) from None
    for sc in found.values():
        click.echo(f"{sc.id:24} {sc.duration:4.0f} 分钟  {len(sc.injects)} 注入  {sc.title}")


@drill.command("run")
@click.argument("name")
@click.option("--db", required=True, help="The real database (only read: the drill copies it).")
@click.option("--speed", default=60, show_default=True, type=click.IntRange(1, 600),
              help="Drill clock speed, ×1 to ×600.")  # fmt: skip
@click.option("--drill-db", default=None, help="Drill world file (default: <db>.drill.db).")
@click.option("--quiet", is_flag=True, help="Only the evaluation, not each inject.")
def run(name: str, db: str, speed: int, drill_db: str | None, quiet: bool) -> None:
    """无界面运行演练场景 NAME (脚本应答), 输出演练评估。"""
    from commandcenter.drills.run import run_drill
    from commandcenter.store import StoreError

    try:
        result = run_drill(
            db, name, speed=speed, drill_db=drill_db, progress=None if quiet else click.echo
        )
    except (ScenarioError, StoreError, ValueError) as exc:
        raise click.ClickException(str(exc)) from None
    ev = result.evaluation
    click.echo(f"演练评估: {ev.scenario.title}")
    for row in ev.rows:
        for o in row.outcomes:
            took = "未完成" if o.took is None else f"{o.took:.0f} 分钟"
            mark = "达标" if o.met else "未达标"
            click.echo(f"  [{mark}] {o.expect.label}: {took} / 目标 {o.target:.0f} 分钟")
    for r in result.refusals:
        click.echo(f"  被拒绝: {r}")
    met, total = ev.score
    click.echo(f"{met}/{total} 项达标; 演练世界 {result.world} (演练事件 {result.events} 条)")
