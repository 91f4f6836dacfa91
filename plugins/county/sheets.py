"""The county workbook's sheets: Chinese headers, the record field each column fills, its kind.

One `Sheet` per roster a bureau keeps in Excel; each column says which field of the record's
data it fills (dotted for nested fields, e.g. `leader.phone`), what kind of value it holds
(text, integer, phone, a fixed list, a reference to a township/village/store), whether it is
required, a hint for the template's header comment and an example value. The template, the
export and the import are all driven from this one table.
"""

from __future__ import annotations

from dataclasses import dataclass

from commandcenter.domain.vocab import (
    LEVEL_ZH,
    IncidentType,
    PlanKind,
    TeamKind,
    VideoKind,
    WarehouseLevel,
    zh,
)


def _choices(enum) -> dict[str, str]:
    """Chinese word -> code, for a drop-down list."""
    return {zh(v): str(v) for v in enum}


TEAM_KINDS = _choices(TeamKind)
HAZARDS = _choices(IncidentType)
# spelled out: vocab.ZH is keyed by code, and "village" is both a store level and a plan kind
LEVELS = {"市级": "city", "县级": "county", "乡镇级": "township", "村级": "village"}
assert set(LEVELS.values()) == {str(v) for v in WarehouseLevel}
VIDEO_KINDS = _choices(VideoKind)
PLAN_KINDS = _choices(PlanKind)
RESPONSE_LEVELS = {LEVEL_ZH[n]: str(n) for n in (1, 2, 3, 4)}


@dataclass(frozen=True)
class Col:
    header: str
    key: str  # field path in the record's data ("" = not stored)
    kind: str = "text"  # text int float lon lat phone choice multi date township village store
    required: bool = False
    choices: dict[str, str] | None = None
    example: object = ""
    hint: str = ""


@dataclass(frozen=True)
class Sheet:
    name: str
    type: str  # record type (domain.records.TYPES)
    cols: tuple[Col, ...]
    key: tuple[str, ...]  # the columns (keys) that identify a row; duplicates are refused

    def col(self, key: str) -> Col:
        return next(c for c in self.cols if c.key == key)


def _contact(role: str, key: str, name: str, phone: str) -> tuple[Col, Col]:
    return (
        Col(role, f"{key}.name", required=True, example=name),
        Col(f"{role}电话", f"{key}.phone", "phone", required=True, example=phone),
    )


SHEETS: tuple[Sheet, ...] = (
    Sheet(
        "县区",
        "county",
        (
            Col("名称", "name", required=True, example="青山县"),
            Col("应急管理局", "bureau", required=True, example="青山县应急管理局"),
            Col("时区", "timezone", example="Asia/Shanghai", hint="默认 Asia/Shanghai"),
        ),
        ("name",),
    ),
    Sheet(
        "乡镇街道",
        "township",
        (
            Col("行政区划代码", "id", required=True, example="511325100", hint="唯一, 9位代码"),
            Col("名称", "name", required=True, example="城关镇"),
            Col("经度", "lon", "lon", required=True, example=106.12),
            Col("纬度", "lat", "lat", required=True, example=31.05),
        ),
        ("id",),
    ),
    Sheet(
        "村社区",
        "village",
        (
            Col("行政区划代码", "id", required=True, example="511325100201", hint="唯一, 12位代码"),
            Col("名称", "name", required=True, example="新田村"),
            Col("所属乡镇代码", "township", "township", required=True, example="511325100"),
            Col("经度", "lon", "lon", required=True, example=106.13),
            Col("纬度", "lat", "lat", required=True, example=31.06),
        ),
        ("id",),
    ),
    Sheet(
        "救援队伍",
        "team",
        (
            Col("编号", "id", required=True, example="TM-001"),
            Col("名称", "name", required=True, example="城关镇综合应急救援队"),
            Col("类别", "kind", "choice", True, TEAM_KINDS, "基层应急救援队伍"),
            Col("所属乡镇代码", "township", "township", required=True, example="511325100"),
            *_contact("负责人", "leader", "张伟", "13812345678"),
            Col("人数", "headcount", "int", required=True, example=30),
            Col("专长", "speciality", "multi", choices=HAZARDS, example="暴雨洪涝、地质灾害"),
            Col("装备", "equipment", example="冲锋舟2艘"),
            Col("驻地经度", "lon", "lon", example=106.12),
            Col("驻地纬度", "lat", "lat", example=31.05),
        ),
        ("id",),
    ),
    Sheet(
        "仓库",
        "warehouse",
        (
            Col("编号", "id", required=True, example="W-001"),
            Col("名称", "name", required=True, example="城关镇应急物资仓库"),
            Col("级别", "level", "choice", True, LEVELS, "乡镇级"),
            Col("所属乡镇代码", "township", "township", example="511325100"),
            Col("所属村代码", "village", "village", example=""),
            *_contact("管理责任人", "keeper", "李娜", "13912345678"),
            Col("面积(平方米)", "area_m2", "float", example=260),
            Col("经度", "lon", "lon", example=106.12),
            Col("纬度", "lat", "lat", example=31.05),
            Col(
                "五定任务",
                "upkeep",
                "upkeep",
                example="发电机保养/30；对讲机充电/7",
                hint="任务/周期天数, 多项用；分隔",
            ),
        ),
        ("id",),
    ),
    Sheet(
        "库存",
        "stock",
        (
            Col("仓库编号", "warehouse", "store", required=True, example="W-001"),
            Col("物资名称", "item", required=True, example="帐篷"),
            Col("类别", "category", example="救灾帐篷"),
            Col("单位", "unit", example="顶"),
            Col("数量", "qty", "int", required=True, example=50),
        ),
        ("warehouse", "item"),
    ),
    Sheet(
        "3人1屋危险区",
        "zone",
        (
            Col("编号", "id", required=True, example="Z-001"),
            Col("名称", "name", required=True, example="新田村3组滑坡隐患点"),
            Col("所属乡镇代码", "township", "township", required=True, example="511325100"),
            Col("所属村代码", "village", "village", example="511325100201"),
            Col("灾害类型", "hazard", "choice", True, HAZARDS, "地质灾害"),
            Col("经度", "lon", "lon", example=106.13),
            Col("纬度", "lat", "lat", example=31.06),
            Col("户数", "households", "int", example=24),
            Col("人数", "people", "int", example=63),
            *_contact("指挥官", "commander", "王强", "13512345678"),
            *_contact("监管员", "supervisor", "刘洋", "15812345678"),
            *_contact("责任人", "caretaker", "陈静", "18712345678"),
            Col("安全屋", "safe_house.name", required=True, example="新田村村委会活动室"),
            Col("安全屋地址", "safe_house.address", example="城关镇新田村"),
            Col("安全屋容量", "safe_house.capacity", "int", example=120),
        ),
        ("id",),
    ),
    Sheet(
        "避难场所",
        "shelter",
        (
            Col("编号", "id", required=True, example="S-001"),
            Col("名称", "name", required=True, example="城关中学"),
            Col("所属乡镇代码", "township", "township", required=True, example="511325100"),
            Col("地址", "address", example="城关镇学府路1号"),
            Col("容纳人数", "capacity", "int", example=800),
            Col("经度", "lon", "lon", example=106.12),
            Col("纬度", "lat", "lat", example=31.05),
        ),
        ("id",),
    ),
    Sheet(
        "视频点",
        "video",
        (
            Col("编号", "id", required=True, example="V-001"),
            Col("名称", "name", required=True, example="城关镇场镇天网"),
            Col("类型", "kind", "choice", True, VIDEO_KINDS, "天网"),
            Col("视频地址", "url", required=True, example="rtsp://10.0.0.1/live/1"),
            Col("所属乡镇代码", "township", "township", example="511325100"),
            Col("经度", "lon", "lon", example=106.12),
            Col("纬度", "lat", "lat", example=31.05),
        ),
        ("id",),
    ),
    Sheet(
        "预案",
        "plan",
        (
            Col("编号", "id", required=True, example="P-flood"),
            Col("名称", "name", required=True, example="防汛抗旱应急预案"),
            Col("类别", "kind", "choice", True, PLAN_KINDS, "专项预案"),
            Col("适用事件", "types", "multi", choices=HAZARDS, example="暴雨洪涝、山洪"),
            Col(
                "响应级别",
                "level",
                "choice",
                False,
                RESPONSE_LEVELS,
                "Ⅳ级响应",
                hint="每个级别一行; 无分级任务可留空",
            ),
            Col(
                "任务清单",
                "tasks",
                "tasks",
                example="发布预警；转移危险区群众",
                hint="多项用；分隔",
            ),
        ),
        ("id", "level"),
    ),
    Sheet(
        "值班表",
        "duty",
        (
            Col("日期", "date", "date", required=True, example="2026-06-01"),
            *_contact("值班员", "officer", "赵磊", "13812340000"),
            *_contact("带班领导", "leader", "孙涛", "13912340000"),
        ),
        ("date",),
    ),
    Sheet(
        "通讯录",
        "contact",
        (
            Col("编号", "id", required=True, example="C-001"),
            Col("单位", "unit", required=True, example="县水利局"),
            Col("姓名", "name", required=True, example="周敏"),
            Col("职务", "title", example="防汛办主任"),
            Col("电话", "phone", "phone", required=True, example="0839-5551234"),
        ),
        ("id",),
    ),
)

BY_NAME = {s.name: s for s in SHEETS}
BY_TYPE = {s.type: s for s in SHEETS}
EXAMPLE_MARK = "示例"  # rows whose first cell starts with this are examples, never imported
