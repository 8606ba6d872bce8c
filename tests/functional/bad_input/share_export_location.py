"""Bad input for ``openstack share export location ...``.

The issue's first case lives here: an export location ID such as
``../../<share-B>`` once reached share B.
"""

from tests.functional.bad_input import case
from tests.functional.bad_input import faulty
from tests.functional.bad_input import MEMBER

EL = 'share export location'
#: Export location IDs of nothing, or aimed at share B.
HOSTILE = (
    'nosuch',
    '{UUID}',
    '../../{B}',
    '../../{B}/export_locations/{B_EL}',
    '{B_EL}',
    '..%2F..%2F{B}',
    'a/b',
    '?x=1',
    '#frag',
    '%',
    'with space',
    'ünïcode',
)

CASES = [
    *[case([*EL.split(), 'show', '{A}', value], value) for value in HOSTILE],
    *[
        case([*EL.split(), 'set', '{A}', value, '--property', 'k=v'], value)
        for value in HOSTILE
    ],
    *[
        case(
            [*EL.split(), 'unset', '{A}', value, '--property', 'sentinel'],
            value,
        )
        for value in HOSTILE
    ],
    case(f'{EL} show {{A}} ..', '..'),
    case(f'{EL} set {{A}} . --property k=v', "'.'"),
    case(f'{EL} show nosuch {{A_EL}}', 'nosuch'),
    case(f'{EL} show ../{{B}} {{A_EL}}', '../{B}'),
    case(f'{EL} list nosuch', 'nosuch'),
    case(f'{EL} list ../../{{B}}', '../../{B}'),
    case(f'{EL} set nosuch {{A_EL}} --property k=v', 'nosuch'),
    case(f'{EL} set {{A}} {{A_EL}}', '--property'),
    case(f'{EL} set {{A}} {{A_EL}} --property noequals', 'noequals'),
    case(f'{EL} unset {{A}} {{A_EL}}', '--property'),
    case(f'{EL} unset {{A}} {{A_EL}} --property nosuchkey', 'nosuchkey'),
    case(f'{EL} unset {{A}} {{A_EL}} --property ../sentinel', '../sentinel'),
    case(f'{EL} unset {{A}} {{A_EL}} --property ..', '..'),
    case(f'{EL} list {{A}} --os-share-api-version 2.8', '2.9'),
    case(f'{EL} show {{A}} {{A_EL}} --os-share-api-version 2.8', '2.9'),
    case(
        f'{EL} set {{A}} {{A_EL}} --property k=v --os-share-api-version 2.86',
        '2.87',
    ),
    case(
        f'{EL} unset {{A}} {{A_EL}} --property k --os-share-api-version 2.86',
        '2.87',
    ),
    case(f'{EL} show {{A}} {{A_EL}}', '{A}', cloud=MEMBER),
    case(f'{EL} set {{A}} {{A_EL}} --property k=v', '{A}', cloud=MEMBER),
    case(
        f'{EL} unset {{A}} {{A_EL}} --property sentinel', '{A}', cloud=MEMBER
    ),
    *faulty(f'{EL} list {{A}}', faults=('500', 'badjson', 'wrongkey', 'list')),
    *faulty(f'{EL} show {{A}} {{A_EL}}', faults=('empty', 'html')),
]
