"""The bureau's fixed vocabulary: categories, severities, statuses and their Chinese names.

Codes are short ASCII strings (stable in the journal); `ZH` maps every code to the word a duty
officer uses. The UI translates these through Qt's system; reports print them as they are.
"""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    NATURAL = "natural"  # 自然灾害
    ACCIDENT = "accident"  # 事故灾难


class IncidentType(StrEnum):
    FLOOD = "flood"  # 暴雨/洪涝
    FLASH_FLOOD = "flash_flood"  # 山洪
    LANDSLIDE = "landslide"  # 地质灾害 (滑坡、泥石流)
    FOREST_FIRE = "forest_fire"  # 森林火灾
    EARTHQUAKE = "earthquake"  # 地震
    ICE_SNOW = "ice_snow"  # 雨雪冰冻
    TYPHOON = "typhoon"  # 台风
    HAZCHEM = "hazchem"  # 危险化学品
    MINE = "mine"  # 矿山
    FIREWORKS = "fireworks"  # 烟花爆竹
    INDUSTRY = "industry"  # 工贸
    CONSTRUCTION = "construction"  # 建筑施工
    TRAFFIC = "traffic"  # 道路交通
    FIRE = "fire"  # 火灾
    SPECIAL_EQUIPMENT = "special_equipment"  # 特种设备


NATURAL_TYPES = frozenset(
    {
        IncidentType.FLOOD,
        IncidentType.FLASH_FLOOD,
        IncidentType.LANDSLIDE,
        IncidentType.FOREST_FIRE,
        IncidentType.EARTHQUAKE,
        IncidentType.ICE_SNOW,
        IncidentType.TYPHOON,
    }
)


def category_of(kind: str) -> Category:
    return Category.NATURAL if kind in NATURAL_TYPES else Category.ACCIDENT


class IncidentStatus(StrEnum):
    REPORTED = "reported"  # 接报
    VERIFIED = "verified"  # 核实
    RESPONDING = "responding"  # 处置中
    CLOSED = "closed"  # 处置完毕


class Source(StrEnum):
    PHONE = "phone"  # 电话接警
    GRID = "grid"  # 网格员查报
    SENSOR = "sensor"  # 监测报警
    UPPER = "upper"  # 上级通报
    VIDEO = "video"  # 视频巡查


class TeamKind(StrEnum):
    FIRE_RESCUE = "fire_rescue"  # 综合性消防救援队伍
    PROFESSIONAL = "professional"  # 专业应急救援队伍
    MILITIA = "militia"  # 驻军和民兵
    GRASSROOTS = "grassroots"  # 基层应急救援队伍
    EXPERT = "expert"  # 专家
    SOCIAL = "social"  # 社会应急力量


class TeamStatus(StrEnum):
    STANDBY = "standby"  # 待命
    DISPATCHED = "dispatched"  # 已派出
    ON_SCENE = "on_scene"  # 到场
    RETURNING = "returning"  # 返回
    RESTING = "resting"  # 休整


class WarehouseLevel(StrEnum):
    CITY = "city"
    COUNTY = "county"
    TOWNSHIP = "township"
    VILLAGE = "village"


class LedgerOp(StrEnum):
    RECEIVE = "receive"  # 入库
    TRANSFER = "transfer"  # 调拨
    ISSUE = "issue"  # 出库


class VideoKind(StrEnum):
    SKYNET = "skynet"  # 天网
    XUELIANG = "xueliang"  # 雪亮
    BODYCAM = "bodycam"  # 单兵图传
    DRONE = "drone"  # 无人机
    VILLAGE_ROOM = "village_room"  # 村级应急视频室


class WarningColour(StrEnum):
    RED = "red"
    ORANGE = "orange"
    YELLOW = "yellow"
    BLUE = "blue"


class EvacRole(StrEnum):
    COMMANDER = "commander"  # 转移避险「指挥官」
    SUPERVISOR = "supervisor"  # 避险过程「监管员」
    CARETAKER = "caretaker"  # 安置管理「责任人」


class EvacStatus(StrEnum):
    IDLE = "idle"
    MOVING = "moving"  # 转移中
    CLEARED = "cleared"  # 已解除


class PlanKind(StrEnum):
    GENERAL = "general"  # 总体预案
    SPECIAL = "special"  # 专项预案
    VILLAGE = "village"  # 村级简明预案


class Subtype(StrEnum):
    SLIDE = "slide"  # 滑坡
    COLLAPSE = "collapse"  # 崩塌
    DEBRIS_FLOW = "debris_flow"  # 泥石流
    SUBSIDENCE = "subsidence"  # 地面塌陷


# the sub-types an officer names under a type (intake offers them as "地质灾害·滑坡")
SUBTYPES: dict[str, tuple[str, ...]] = {
    IncidentType.LANDSLIDE: (
        Subtype.SLIDE,
        Subtype.COLLAPSE,
        Subtype.DEBRIS_FLOW,
        Subtype.SUBSIDENCE,
    ),
}

# "五定" upkeep tasks stores commonly carry (translated as words; a county may name others)
UPKEEP_TASKS = ("发电机保养", "对讲机充电", "物资盘点", "冲锋舟检查", "救生衣检查", "电池充电")

SEVERITY_ZH = {1: "特别重大", 2: "重大", 3: "较大", 4: "一般"}
LEVEL_ZH = {0: "未启动", 1: "Ⅰ级响应", 2: "Ⅱ级响应", 3: "Ⅲ级响应", 4: "Ⅳ级响应"}
COLOUR_SEVERITY = {
    WarningColour.RED: 1,
    WarningColour.ORANGE: 2,
    WarningColour.YELLOW: 3,
    WarningColour.BLUE: 4,
}

ZH: dict[str, str] = {
    Category.NATURAL: "自然灾害",
    Category.ACCIDENT: "事故灾难",
    IncidentType.FLOOD: "暴雨洪涝",
    IncidentType.FLASH_FLOOD: "山洪",
    IncidentType.LANDSLIDE: "地质灾害",
    IncidentType.FOREST_FIRE: "森林火灾",
    IncidentType.EARTHQUAKE: "地震",
    IncidentType.ICE_SNOW: "雨雪冰冻",
    IncidentType.TYPHOON: "台风",
    IncidentType.HAZCHEM: "危险化学品",
    IncidentType.MINE: "矿山",
    IncidentType.FIREWORKS: "烟花爆竹",
    IncidentType.INDUSTRY: "工贸",
    IncidentType.CONSTRUCTION: "建筑施工",
    IncidentType.TRAFFIC: "道路交通",
    IncidentType.FIRE: "火灾",
    IncidentType.SPECIAL_EQUIPMENT: "特种设备",
    IncidentStatus.REPORTED: "接报",
    IncidentStatus.VERIFIED: "核实",
    IncidentStatus.RESPONDING: "处置中",
    IncidentStatus.CLOSED: "处置完毕",
    Source.PHONE: "电话接警",
    Source.GRID: "网格员查报",
    Source.SENSOR: "监测报警",
    Source.UPPER: "上级通报",
    Source.VIDEO: "视频巡查",
    TeamKind.FIRE_RESCUE: "综合性消防救援队伍",
    TeamKind.PROFESSIONAL: "专业应急救援队伍",
    TeamKind.MILITIA: "驻军和民兵",
    TeamKind.GRASSROOTS: "基层应急救援队伍",
    TeamKind.EXPERT: "专家",
    TeamKind.SOCIAL: "社会应急力量",
    TeamStatus.STANDBY: "待命",
    TeamStatus.DISPATCHED: "已派出",
    TeamStatus.ON_SCENE: "到场",
    TeamStatus.RETURNING: "返回",
    TeamStatus.RESTING: "休整",
    WarehouseLevel.CITY: "市级",
    WarehouseLevel.COUNTY: "县级",
    WarehouseLevel.TOWNSHIP: "乡镇级",
    WarehouseLevel.VILLAGE: "村级",
    LedgerOp.RECEIVE: "入库",
    LedgerOp.TRANSFER: "调拨",
    LedgerOp.ISSUE: "出库",
    VideoKind.SKYNET: "天网",
    VideoKind.XUELIANG: "雪亮",
    VideoKind.BODYCAM: "单兵图传",
    VideoKind.DRONE: "无人机",
    VideoKind.VILLAGE_ROOM: "村级视频室",
    WarningColour.RED: "红色",
    WarningColour.ORANGE: "橙色",
    WarningColour.YELLOW: "黄色",
    WarningColour.BLUE: "蓝色",
    EvacRole.COMMANDER: "指挥官",
    EvacRole.SUPERVISOR: "监管员",
    EvacRole.CARETAKER: "责任人",
    EvacStatus.IDLE: "未转移",
    EvacStatus.MOVING: "转移中",
    EvacStatus.CLEARED: "已解除",
    PlanKind.GENERAL: "总体预案",
    PlanKind.SPECIAL: "专项预案",
    PlanKind.VILLAGE: "村级简明预案",
    Subtype.SLIDE: "滑坡",
    Subtype.COLLAPSE: "崩塌",
    Subtype.DEBRIS_FLOW: "泥石流",
    Subtype.SUBSIDENCE: "地面塌陷",
}


def zh(code: str) -> str:
    """The Chinese word for a vocabulary code (the code itself if unknown)."""
    return ZH.get(code, code)
