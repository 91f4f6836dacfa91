"""The field station (乡镇 / 村 应急服务站): a front-end of its own for the `field` role.

It sees one township or village (its scope, from the hub's station record), signs for and
answers the orders the county sends down, reports up (grid reports in two steps, 续报,
disaster figures, evacuation counts, team status) and keeps its station profile. Built for
1366×768 screens, large type, every action on a key and big enough for a finger.
"""
