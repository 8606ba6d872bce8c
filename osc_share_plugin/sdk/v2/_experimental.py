"""APIs Manila served as experimental before they became stable.

In its experimental range an API answers only requests that carry
``X-OpenStack-Manila-API-Experimental: True``; outside it the header must
not be sent. Each resource module declares its ranges with :func:`declare`;
the Proxy adds the header to every request that falls in one.
"""

import re
import urllib.parse

from keystoneauth1 import discover

HEADER = 'X-OpenStack-Manila-API-Experimental'

#: (path pattern, action names or None for every request, first, last)
_RANGES = []


def declare(path_pattern, first, last, actions=None):
    """Mark requests experimental from ``first`` to ``last`` (inclusive).

    ``path_pattern`` is searched in the request's path, which is relative
    to the endpoint or absolute (a next link): ``r'/share-groups(/|$)'``.
    With ``actions``, only requests whose JSON body names one of them
    (``migration_start``, ...) are marked.
    """
    _RANGES.append(
        (
            re.compile(path_pattern),
            frozenset(actions) if actions else None,
            discover.normalize_version_number(first),
            discover.normalize_version_number(last),
        )
    )


def headers_for(url, microversion, body=None):
    """The experimental header this request needs, if any."""
    if not microversion or not _RANGES:
        return {}
    version = discover.normalize_version_number(microversion)
    path = urllib.parse.urlsplit(url).path
    for pattern, actions, first, last in _RANGES:
        if not first <= version <= last or not pattern.search(path):
            continue
        if actions is None or (
            isinstance(body, dict) and actions.intersection(body)
        ):
            return {HEADER: 'True'}
    return {}
