"""Shared File Systems API v2.

The microversion range lives here, in a module with no imports, so that the
OSC plugin module (imported on every ``openstack`` run) and the resources
read the same numbers without the plugin paying for the SDK.
"""

#: The newest Shared File Systems microversion this SDK understands.
MAX_MICROVERSION = '2.99'
#: The oldest one it can talk to.
MIN_MICROVERSION = '2.0'
