#!/usr/bin/env python3
"""Thousands of shares in seconds, written straight into the local cloud's
Manila database (for the scale figures of tools/bench).

Creating 10,000 shares through the API takes hours on a small machine; a
listing only needs the rows.  This copies one real share (its ``shares`` and
``share_instances`` rows, and its export locations) as many times as asked,
into one project.  Standard library only: it drives the ``mysql`` client
with the credentials of ``.local-cloud/etc/manila/manila.conf`` and reads
Keystone's database (read-only) to turn project and user names into IDs.

Usage::

  tools/bench_lib/bulk_shares.py fill <project> <count> [--prefix P]
                                      [--user U] [--host H]
  tools/bench_lib/bulk_shares.py purge <project> [--prefix P]
  tools/bench_lib/bulk_shares.py count <project> [--prefix P]

``<project>`` is a Keystone project name (domain Default) or ID; it must
exist already, with a user that has a role on it (``tools/bench_lib/
provision.py identity <password> <project>`` makes both, with share quotas
lifted).  Each sub-command prints one JSON document on stdout.

fill
    Idempotent: afterwards the project holds exactly the shares
    ``<P>-00000`` .. ``<P>-<count-1>`` made by this script (missing ones are
    added, higher-numbered ones removed), ``available``, 1 GiB, NFS, each
    with two export locations.  Shares made through the API are never
    touched.  ``--prefix`` defaults to ``bulk``; ``--user`` (name or ID,
    default ``bench``, else ``admin``) owns them.  The template is the
    newest available NFS share of any project, of the default share type.
``--host``
    The host the rows name, ``localcloud@bulk#bulk`` by default: no
    manila-share service serves it, so a restart of manila-share does not
    "ensure" 10,000 shares nor count their 10,000 GiB against the dummy
    backends' capacity (which would make the scheduler refuse colleagues'
    shares).
purge
    Deletes, in the database, every share of the project made by this
    script (with ``--prefix``: only those) and their instances, export
    locations and metadata.  This is how to remove them: ``openstack share
    delete`` would send the deletion to a host nobody serves and leave the
    share ``deleting``, and their quota usage was never counted.
count
    How many shares this script made in the project.

Rows made here are marked by their description (``MARK``); quota usages
are not updated, so give the project unlimited share quotas (provision.py
identity does).
"""

import argparse
import configparser
import json
import os
import re
import sqlite3
import subprocess
import sys
import time
import urllib.parse

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.realpath(
    __file__))))
CLOUD_STATE = os.path.abspath(os.environ.get('LOCAL_CLOUD_DIR')
                              or os.path.join(REPO, '.local-cloud'))
MARK = 'tools/bench_lib/bulk_shares.py'
DEFAULT_HOST = 'localcloud@bulk#bulk'
#: Inserted per statement: keeps each statement and its undo log small.
BATCH = 2000


class Error(Exception):
    pass


def _conf(name):
    parser = configparser.RawConfigParser(strict=False)
    path = os.path.join(CLOUD_STATE, 'etc', name, f'{name}.conf')
    if not parser.read(path):
        raise Error(f'{path} not found: is the local cloud set up?')
    return parser.get('database', 'connection')


def _mysql_args():
    url = urllib.parse.urlsplit(_conf('manila'))
    if not url.scheme.startswith('mysql'):
        raise Error(f'Manila database is not MySQL: {url.scheme}')
    return [
        'mysql', '--batch', '--skip-column-names',
        '-h', url.hostname or '127.0.0.1', '-P', str(url.port or 3306),
        '-u', urllib.parse.unquote(url.username or ''),
        f'-p{urllib.parse.unquote(url.password or "")}',
        url.path.lstrip('/'),
    ]


def sql(script, attempts=3):
    """Run ``script``; the rows of its last SELECT, as lists of strings.

    A script is one transaction: on a lock wait timeout (a colleague's
    transaction on the same tables) it rolled back whole, and is retried.
    """
    for attempt in range(attempts):
        proc = subprocess.run(_mysql_args(), input=script,
                              capture_output=True, text=True)
        if not proc.returncode:
            return [line.split('\t') for line in proc.stdout.splitlines()]
        if 'ERROR 1205' not in proc.stderr or attempt == attempts - 1:
            raise Error(f'mysql failed: {proc.stderr.strip()[-500:]}')
        time.sleep(5)


def quote(value):
    if value is None:
        return 'NULL'
    text = str(value).replace('\\', '\\\\').replace("'", "\\'")
    return f"'{text}'"


def _keystone():
    url = _conf('keystone')
    if not url.startswith('sqlite:///'):
        raise Error(f'Keystone database is not SQLite: {url}')
    path = url[len('sqlite:///'):]
    return sqlite3.connect(f'file:{path}?mode=ro', uri=True)


def _keystone_id(table, name_column, value, extra=''):
    with _keystone() as db:
        rows = db.execute(
            f'SELECT {"user_id" if table == "local_user" else "id"} '
            f'FROM {table} WHERE ({name_column} = ? OR '
            f'{"user_id" if table == "local_user" else "id"} = ?) {extra}',
            (value, value)).fetchall()
    return rows[0][0] if rows else None


def project_id(name_or_id):
    found = _keystone_id('project', 'name', name_or_id,
                         "AND domain_id = 'default'")
    if found is None:
        raise Error(f'No Keystone project {name_or_id!r}: make it first '
                    '(tools/bench_lib/provision.py identity)')
    return found


def user_id(name_or_id):
    for candidate in ([name_or_id] if name_or_id else ['bench', 'admin']):
        found = _keystone_id('local_user', 'name', candidate)
        if found:
            return found
    raise Error(f'No Keystone user {name_or_id!r}')


def columns(table):
    rows = sql('SELECT column_name FROM information_schema.columns '
               f'WHERE table_schema = DATABASE() AND table_name = '
               f'{quote(table)} ORDER BY ordinal_position;')
    return [row[0] for row in rows]


def _charset():
    """The character set of Manila's ID columns.

    The scratch tables below take it: joined on a column of another
    character set, an index is not used, and each batch scanned every
    export location (10,000 shares took 14 minutes instead of seconds).
    """
    rows = sql('SELECT character_set_name FROM information_schema.columns '
               'WHERE table_schema = DATABASE() AND table_name = '
               "'share_instances' AND column_name = 'id';")
    return rows[0][0] if rows else 'utf8mb3'


def _template():
    rows = sql(
        "SELECT s.id, i.id FROM shares s JOIN share_instances i "
        "ON i.share_id = s.id AND i.deleted = 'False' "
        "JOIN share_types t ON t.id = i.share_type_id "
        "WHERE s.deleted = 'False' AND i.status = 'available' "
        "AND s.share_proto = 'NFS' AND s.share_group_id IS NULL "
        "AND i.share_network_id IS NULL AND t.name = 'default' "
        f"AND (s.display_description IS NULL OR "
        f"s.display_description <> {quote(MARK)}) "
        "ORDER BY s.created_at DESC LIMIT 1;")
    if not rows:
        raise Error('No available NFS share of the default type to copy: '
                    'create one first (openstack share create NFS 1)')
    return rows[0]


def _ours(project, prefix=None):
    where = (f"s.project_id = {quote(project)} AND s.deleted = 'False' "
             f"AND s.display_description = {quote(MARK)}")
    if prefix:
        where += f" AND s.display_name LIKE {quote(prefix + '-%')}"
    return where


def count(project, prefix=None):
    where = _ours(project, prefix)
    rows = sql(f'SELECT COUNT(*) FROM shares s WHERE {where};')
    return int(rows[0][0])


def _copy(table, template_where, overrides, source):
    """INSERT INTO table SELECT template row with ``overrides`` per row."""
    cols = [c for c in columns(table) if c != 'id' or 'id' in overrides]
    values = [overrides.get(c, f't.{c}') for c in cols]
    return (f'INSERT INTO {table} ({", ".join(cols)}) SELECT '
            f'{", ".join(values)} FROM {table} t, {source} b '
            f'WHERE {template_where};\n')


def fill(project, wanted, prefix, user, host):
    start = time.monotonic()
    template_share, template_instance = _template()
    removed = _purge(project, prefix, keep_below=wanted)
    have = {row[0] for row in sql(
        f'SELECT s.display_name FROM shares s '
        f'WHERE {_ours(project, prefix)};')}
    missing = [n for n in range(wanted) if f'{prefix}-{n:05d}' not in have]
    now = 'UTC_TIMESTAMP(6)'
    charset = _charset()
    for first in range(0, len(missing), BATCH):
        batch = missing[first:first + BATCH]
        script = [
            'SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED;',
        'SET autocommit = 0;',
            'CREATE TEMPORARY TABLE bulk_new (n INT PRIMARY KEY, '
            f'share_id CHAR(36), instance_id CHAR(36)) CHARSET={charset};',
            'INSERT INTO bulk_new VALUES ' + ', '.join(
                f'({n}, UUID(), UUID())' for n in batch) + ';',
            _copy('shares', f't.id = {quote(template_share)}', {
                'id': 'b.share_id', 'created_at': now, 'updated_at': 'NULL',
                'user_id': quote(user), 'project_id': quote(project),
                'display_name': f"CONCAT({quote(prefix + '-')}, "
                                "LPAD(b.n, 5, '0'))",
                'display_description': quote(MARK), 'size': '1',
                'is_public': '0', 'task_state': 'NULL',
                'snapshot_id': 'NULL', 'source_backup_id': 'NULL',
            }, 'bulk_new'),
            _copy('share_instances', f't.id = {quote(template_instance)}', {
                'id': 'b.instance_id', 'share_id': 'b.share_id',
                'created_at': now, 'updated_at': now,
                'scheduled_at': now, 'launched_at': now,
                'host': quote(host), 'status': "'available'",
            }, 'bulk_new'),
            _copy('share_instance_export_locations',
                  f't.share_instance_id = {quote(template_instance)} '
                  "AND t.deleted = 0", {
                      'created_at': now, 'updated_at': now,
                      'share_instance_id': 'b.instance_id',
                      'uuid': 'UUID()',
                      'path': "CONCAT(SUBSTRING_INDEX(t.path, ':', 1), "
                              "':/path/to/bulk/share_', "
                              "REPLACE(b.instance_id, '-', '_'))",
                  }, 'bulk_new'),
            # Each copied location gets the metadata of the template
            # location it was copied from (same address, same admin flag).
            'INSERT IGNORE INTO share_instance_export_locations_metadata '
            '(created_at, updated_at, deleted, export_location_id, `key`, '
            '`value`) SELECT UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0, e.id, '
            'm.`key`, m.`value` FROM bulk_new b '
            'JOIN share_instance_export_locations e '
            'ON e.share_instance_id = b.instance_id '
            'JOIN share_instance_export_locations t '
            f'ON t.share_instance_id = {quote(template_instance)} '
            'AND t.deleted = 0 AND t.is_admin_only = e.is_admin_only '
            "AND SUBSTRING_INDEX(t.path, ':', 1) = "
            "SUBSTRING_INDEX(e.path, ':', 1) "
            'JOIN share_instance_export_locations_metadata m '
            "ON m.export_location_id = t.id AND m.deleted = 0;",
            'COMMIT;',
        ]
        sql('\n'.join(script))
    return {
        'project_id': project, 'prefix': prefix, 'count': count(
            project, prefix),
        'added': len(missing), 'removed': removed, 'host': host,
        'template': template_share,
        'seconds': round(time.monotonic() - start, 1),
    }


def _purge(project, prefix, keep_below=None):
    where = _ours(project, prefix)
    if keep_below is not None:
        # Names are <prefix>-NNNNN: drop those numbered keep_below or more.
        where += (f" AND CAST(SUBSTRING(s.display_name, "
                  f"{len(prefix) + 2}) AS UNSIGNED) >= {int(keep_below)}")
    doomed = int(sql(f'SELECT COUNT(*) FROM shares s WHERE {where};')[0][0])
    if not doomed:
        return 0
    sql('\n'.join([
        'SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED;',
        'SET autocommit = 0;',
        'CREATE TEMPORARY TABLE bulk_old (share_id CHAR(36) PRIMARY KEY) '
        f'CHARSET={_charset()};',
        f'INSERT INTO bulk_old SELECT s.id FROM shares s WHERE {where};',
        'CREATE TEMPORARY TABLE bulk_old_i (id CHAR(36) PRIMARY KEY) '
        f'CHARSET={_charset()};',
        'INSERT INTO bulk_old_i SELECT i.id FROM share_instances i '
        'JOIN bulk_old o ON o.share_id = i.share_id;',
        'DELETE m FROM share_instance_export_locations_metadata m '
        'JOIN share_instance_export_locations e '
        'ON e.id = m.export_location_id JOIN bulk_old_i o '
        'ON o.id = e.share_instance_id;',
        'DELETE e FROM share_instance_export_locations e '
        'JOIN bulk_old_i o ON o.id = e.share_instance_id;',
        'DELETE m FROM share_instance_metadata m JOIN bulk_old_i o '
        'ON o.id = m.share_instance_id;',
        'DELETE a FROM share_instance_access_map a JOIN bulk_old_i o '
        'ON o.id = a.share_instance_id;',
        'DELETE i FROM share_instances i JOIN bulk_old_i o ON o.id = i.id;',
        'DELETE m FROM share_metadata m JOIN bulk_old o '
        'ON o.share_id = m.share_id;',
        'DELETE a FROM share_access_map a JOIN bulk_old o '
        'ON o.share_id = a.share_id;',
        'DELETE s FROM shares s JOIN bulk_old o ON o.share_id = s.id;',
        'COMMIT;',
    ]))
    return doomed


def main(argv=None):
    parser = argparse.ArgumentParser(
        description='Bulk shares in the local cloud database (tools/bench)')
    sub = parser.add_subparsers(dest='action', required=True)
    for action in ('fill', 'purge', 'count'):
        one = sub.add_parser(action)
        one.add_argument('project', help='Keystone project name or ID')
        if action == 'fill':
            one.add_argument('count', type=int)
            one.add_argument('--user', help='owner (name or ID)')
            one.add_argument('--host', default=DEFAULT_HOST)
        one.add_argument('--prefix', default='bulk' if action == 'fill'
                         else None)
    args = parser.parse_args(argv)
    try:
        if args.prefix is not None and not re.fullmatch(
                r'[A-Za-z0-9_.-]+', args.prefix):
            raise Error(f'--prefix must be letters, digits, ._-: '
                        f'{args.prefix!r}')
        project = project_id(args.project)
        if args.action == 'fill':
            if args.count < 0:
                raise Error('count must be 0 or more')
            out = fill(project, args.count, args.prefix, user_id(args.user),
                       args.host)
        elif args.action == 'purge':
            start = time.monotonic()
            out = {'project_id': project,
                   'deleted': _purge(project, args.prefix),
                   'seconds': round(time.monotonic() - start, 1)}
        else:
            out = {'project_id': project,
                   'count': count(project, args.prefix)}
    except Error as err:
        print(f'bulk_shares: {err}', file=sys.stderr)
        return 2
    print(json.dumps(out))
    return 0


if __name__ == '__main__':
    sys.exit(main())
