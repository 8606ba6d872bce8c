"""Bad input and broken servers: the data of ``test_bad_input``.

One module per command family holds its ``CASES``, so a family adds its
rows without touching anyone else's table. A case is an argv, a cloud,
and what must hold: a non-zero exit, no traceback, one line on stderr
(argparse's usage block aside) that names the given words.

Placeholders in an argv, filled in by the test (``str.format``):

``{A}``, ``{B}``, ``{A_NAME}``
    the two sentinel shares (admin's), created before the cases and
    checked unchanged after them; ``{B}`` is what a path trick would hit.
``{A_EL}``
    an export location of share A.
``{TYPE}``
    the sentinel private share type (admin's, checked unchanged too).
``{NEW}``
    a fresh name, for the create commands that must not create anything
    (the test checks nothing under it exists afterwards).
``{FAULT_<name>}``
    the fault server's endpoint override for that fault (see
    ``tests/functional/fault_server.py``), e.g. ``{FAULT_badjson}``.
``{UUID}``
    a well-formed UUID nothing has.

Clouds: ``local-admin``, ``local-member``, and ``timeout-admin`` (admin
with ``api_timeout: 2`` in clouds.yaml, for the hanging server).
"""

import dataclasses
import importlib
import pkgutil
import shlex

ADMIN = 'local-admin'
MEMBER = 'local-member'
TIMEOUT_CLOUD = 'timeout-admin'
#: The words an argparse error always carries.
ARGPARSE = object()


@dataclasses.dataclass(frozen=True)
class Case:
    #: The command line after ``openstack --os-cloud <cloud>``.
    argv: tuple
    #: Words the error line must contain (after placeholders are filled).
    names: tuple = ()
    cloud: str = ADMIN
    #: Error lines allowed apart from argparse's usage block: commands on
    #: several targets report each failure and a summary.
    lines: int = 1
    #: Extra environment for the command (None removes a variable).
    env: tuple = ()
    #: Where the case comes from: the family module (set on loading).
    family: str = ''

    @property
    def title(self):
        return ' '.join(self.argv)


def case(argv, *names, cloud=ADMIN, lines=1, env=None):
    """A row: ``case('share show nosuch', 'nosuch')``."""
    if isinstance(argv, str):
        argv = shlex.split(argv)
    return Case(
        argv=tuple(argv),
        names=tuple(names),
        cloud=cloud,
        lines=lines,
        env=tuple(sorted((env or {}).items())),
    )


def families():
    """{family: [Case, ...]} from every module of this package."""
    found = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith('_'):
            continue
        module = importlib.import_module(f'{__name__}.{info.name}')
        cases = getattr(module, 'CASES', None)
        if cases:
            found[info.name] = [
                dataclasses.replace(c, family=info.name) for c in cases
            ]
    return found


#: What the error line names for each fault of the fault server.
FAULT_WORDS = {
    '500': ('HTTP 500',),
    '503': ('HTTP 503',),
    'badjson': ('not JSON',),
    'empty': ('empty body',),
    'html': ('not JSON',),
    'wrongkey': ('without',),
    'list': ('not an object',),
    '413': ('quota',),
    '409': ('Share status must be available',),
}


def faulty(argv, faults=tuple(FAULT_WORDS), lines=1, cloud=ADMIN):
    """The same command against each fault of the fault server."""
    return [
        case(
            f'--os-shared-file-system-endpoint-override {{FAULT_{fault}}} '
            + argv,
            *FAULT_WORDS[fault],
            lines=lines,
            cloud=cloud,
        )
        for fault in faults
    ]


def hanging(argv, lines=1):
    """The command against a server that never answers: api_timeout."""
    return case(
        f'--os-shared-file-system-endpoint-override {{FAULT_hang}} {argv}',
        'no answer within 2 s',
        cloud=TIMEOUT_CLOUD,
        lines=lines,
    )
