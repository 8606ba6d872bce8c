"""Embedded SDK for the Shared File Systems API.

It mirrors openstacksdk's ``shared_file_system`` v2 proxy and imports nothing
from OSC or cliff, so it can be used from a plain script as well.
"""
