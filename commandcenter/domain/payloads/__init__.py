"""Payload shapes by kind, one module per family; each module's KINDS maps kind -> shape.

A new family of events is a new module here with its own KINDS, added to
`domain.events.PAYLOADS` in one line.
"""
