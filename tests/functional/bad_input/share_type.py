"""Bad input for ``openstack share type ...`` and its access commands."""

from tests.functional.bad_input import case
from tests.functional.bad_input import faulty
from tests.functional.bad_input import MEMBER

MISSING = ('nosuch', '{UUID}', '../{TYPE}', 'a/b', '?is_public=all', 'é')

CASES = [
    *[case(['share', 'type', 'show', value], value) for value in MISSING],
    *[
        case(['share', 'type', 'set', value, '--extra-specs', 'k=v'], value)
        for value in MISSING
    ],
    *[
        case(['share', 'type', 'unset', value, 'k'], value)
        for value in MISSING
    ],
    *[
        case(['share', 'type', 'access', 'list', value], value)
        for value in MISSING
    ],
    case('share type delete nosuch', 'nosuch'),
    case('share type delete ../{TYPE}', '../{TYPE}'),
    case('share type show', '--default'),
    case('share type show {TYPE} --default', 'not both'),
    case('share type create {NEW} maybe', 'maybe'),
    case('share type create {NEW} true --snapshot-support maybe', 'maybe'),
    case(
        'share type create {NEW} true '
        '--extra-specs driver_handles_share_servers=true',
        'driver_handles_share_servers',
    ),
    case('share type create {NEW} true --extra-specs noequals', 'noequals'),
    case('share type create {NEW} true --public maybe', 'maybe'),
    case(
        'share type create {NEW} true --description d '
        '--os-share-api-version 2.40',
        '2.41',
    ),
    case('share type set {TYPE} --public maybe', 'maybe'),
    case('share type set {TYPE} --name x --os-share-api-version 2.49', '2.50'),
    case('share type set {TYPE} --extra-specs noequals', 'noequals'),
    case('share type unset {TYPE} nosuchkey', 'nosuchkey'),
    case('share type unset {TYPE} a/b', 'a/b'),
    case('share type unset {TYPE} ..', '..'),
    case('share type unset {TYPE} k?x', 'k?x'),
    case('share type unset {TYPE} ../sentinel', '../sentinel'),
    case(
        'share type list --extra-specs k=v --os-share-api-version 2.42', '2.43'
    ),
    case('share type list --extra-specs noequals', 'noequals'),
    case('share type access create nosuch admin', 'nosuch'),
    case(
        'share type access create {TYPE} nosuchproject',
        'nosuchproject',
    ),
    case(
        'share type access delete {TYPE} nosuchproject',
        'nosuchproject',
    ),
    case('share type access delete nosuch admin', 'nosuch'),
    # A member: the private type does not exist for it; changes forbidden.
    case('share type show {TYPE}', '{TYPE}', cloud=MEMBER),
    case('share type unset {TYPE} sentinel', '{TYPE}', cloud=MEMBER),
    case('share type delete {TYPE}', '{TYPE}', cloud=MEMBER),
    case('share type access list {TYPE}', '{TYPE}', cloud=MEMBER),
    case('share type create {NEW} false', 'denied', cloud=MEMBER),
    *faulty('share type list', faults=('500', 'badjson', 'empty', 'wrongkey')),
    *faulty('share type show default', faults=('html', 'list', '503')),
]
