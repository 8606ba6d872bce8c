"""Proxy methods: quotas, limits, pools, availability zones, services,
user messages and QoS types.

Mixed into :class:`osc_share_plugin.sdk.v2._proxy.Proxy`, the one public
proxy class; each family of resources keeps its methods in its own module.
"""


class OperationMethods:
    pass
