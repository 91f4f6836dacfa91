"""Command Center (应急指挥中心 值班台): the duty desk of a county emergency management bureau."""

__version__ = "0.1.0"
