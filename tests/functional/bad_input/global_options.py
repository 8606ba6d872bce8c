"""Bad global options: the API version and the endpoint override."""

from tests.functional.bad_input import case

OVERRIDE = '--os-shared-file-system-endpoint-override'
VERSION = '--os-share-api-version'

CASES = [
    case([VERSION, '', 'share', 'list'], 'empty version'),
    case([VERSION, ' ', 'share', 'list'], 'empty version'),
    *[
        case([VERSION, value, 'share', 'list'], value)
        for value in ('3.0', '2.999', 'abc', '1.0', '2.x', '2.-1', 'latest')
    ],
    # An empty variable counts as unset: the command runs and fails on
    # what it was given.
    case('share show nosuch', 'nosuch', env={'OS_SHARE_API_VERSION': ''}),
    case('share list', '4.0', env={'OS_SHARE_API_VERSION': '4.0'}),
    *[
        case([OVERRIDE, url, 'share', 'list'], url)
        for url in (
            'not-a-url',
            'ftp://h/v2',
            'http://',
            'h:8786/v2',
            'http://127.0.0.1:99999/v2',
        )
    ],
    case(
        [OVERRIDE, 'http://127.0.0.1:1/v2', 'share', 'list'],
        'Cannot reach the Shared File Systems API at http://127.0.0.1:1/v2',
        'connection refused',
    ),
    case(
        [OVERRIDE, 'http://127.0.0.1:1/v2', 'share', 'show', '{A}'],
        'http://127.0.0.1:1/v2: connection refused',
    ),
    case(
        'share list',
        'not-a-url',
        env={'OS_SHARED_FILE_SYSTEM_ENDPOINT_OVERRIDE': 'not-a-url'},
    ),
]
