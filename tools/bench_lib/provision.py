"""Provisioning helper of tools/bench, run with venv B's python.

It needs openstacksdk and this plugin's embedded proxy, so it runs inside
the bench venv B, never with the system python.  Every sub-command prints
one JSON document on stdout.

  identity <password> <project>...   projects + user ``bench`` (member),
                                     share quotas lifted on those projects
  fill <cloud> <prefix> <count>      make the project hold exactly <count>
                                     available shares named <prefix>-NNNNN
  purge <cloud>                      delete every share of the project
  show-id <cloud> <name>             the ID of one share
"""

import concurrent.futures
import json
import sys
import time

import openstack
from openstack import exceptions

from osc_share_plugin.sdk.v2 import _proxy

MICROVERSION = '2.65'
WORKERS = 8


def proxy(cloud):
    conn = openstack.connect(cloud=cloud)
    client = conn.config.get_session_client(
        'shared-file-system', version='2', constructor=_proxy.Proxy)
    client._connection = conn
    client.default_microversion = MICROVERSION
    return conn, client


def identity(password, projects):
    conn, client = proxy('local-admin')
    ident = conn.identity
    domain = ident.find_domain('Default', ignore_missing=False)
    role = ident.find_role('member', ignore_missing=False)
    user = ident.find_user('bench', domain_id=domain.id)
    if user is None:
        user = ident.create_user(name='bench', password=password,
                                 domain_id=domain.id)
    else:
        ident.update_user(user, password=password)
    out = {}
    for name in projects:
        project = ident.find_project(name, domain_id=domain.id)
        if project is None:
            project = ident.create_project(
                name=name, domain_id=domain.id,
                description='tools/bench scratch project')
        ident.assign_project_role_to_user(project, user, role)
        # Manila's defaults (50 shares, 1000 GiB) are far below the scale
        # test; -1 lifts them for this project only.
        resp = client.put(
            '/quota-sets/%s' % project.id,
            json={'quota_set': {'shares': -1, 'gigabytes': -1}})
        if resp.status_code >= 400:
            raise SystemExit('quota update failed for %s: %s %s' % (
                name, resp.status_code, resp.text[:300]))
        out[name] = project.id
    return {'user_id': user.id, 'projects': out}


def _all(client):
    return list(client.shares(details=True))


def _wait_settled(client, deadline):
    """Wait until no share is in a transitional status."""
    while True:
        shares = _all(client)
        busy = [s for s in shares
                if (s.status or '').lower() not in ('available', 'error')]
        if not busy or time.monotonic() > deadline:
            return shares
        time.sleep(1.0)


def fill(cloud, prefix, count):
    conn, client = proxy(cloud)
    start = time.monotonic()
    deadline = start + 3600
    shares = _wait_settled(client, deadline)
    # Shares in error are useless: replace them.
    broken = [s for s in shares if (s.status or '').lower() == 'error']
    extra = sorted((s for s in shares if s.status == 'available'),
                   key=lambda s: s.name or '')[count:]
    doomed = broken + extra
    if doomed:
        _delete_many(client, doomed, deadline)
    shares = [s for s in _all(client)]
    have = {s.name for s in shares}
    missing = [n for n in ('%s-%05d' % (prefix, i) for i in range(count))
               if n not in have][:max(0, count - len(shares))]
    errors = []

    def create(name):
        for attempt in range(3):
            try:
                client.create_share(share_protocol='NFS', size=1, name=name,
                                    description='tools/bench')
                return
            except exceptions.SDKException as e:
                if attempt == 2:
                    errors.append('%s: %s' % (name, e))
                time.sleep(1)

    with concurrent.futures.ThreadPoolExecutor(WORKERS) as pool:
        list(pool.map(create, missing))
    shares = _wait_settled(client, deadline)
    status = {}
    for s in shares:
        status[s.status] = status.get(s.status, 0) + 1
    return {'cloud': cloud, 'count': len(shares), 'created': len(missing),
            'replaced': len(doomed), 'status': status,
            'seconds': round(time.monotonic() - start, 1),
            'errors': errors[:10]}


def _delete_many(client, shares, deadline):
    """Delete shares; those stuck (error_deleting, or deleting past a few
    minutes: a lost RPC on a busy cloud) are reset and force-deleted as
    local-admin.  Returns how many are left."""
    def delete(share):
        try:
            client.delete_share(share, ignore_missing=True)
        except exceptions.SDKException:
            pass

    with concurrent.futures.ThreadPoolExecutor(WORKERS) as pool:
        list(pool.map(delete, shares))
    ids = {s.id for s in shares}
    patience = time.monotonic() + min(300, max(60, len(shares) * 0.2))
    forced = set()
    admin = None
    while True:
        left = [s for s in _all(client) if s.id in ids]
        now = time.monotonic()
        if not left or now > deadline:
            return len(left)
        stuck = [s for s in left if s.id not in forced and (
            (s.status or '').lower() in ('error_deleting', 'error') or
            now > patience)]
        if stuck:
            if admin is None:
                admin = proxy('local-admin')[1]
            for share in stuck:
                forced.add(share.id)
                try:
                    admin.reset_share_status(share.id, 'error')
                    admin.delete_share(share.id, ignore_missing=True,
                                       force=True)
                except exceptions.SDKException:
                    pass
        time.sleep(1.0)


def purge(cloud):
    conn, client = proxy(cloud)
    start = time.monotonic()
    shares = _all(client)
    left = _delete_many(client, shares, start + 900) if shares else 0
    return {'cloud': cloud, 'deleted': len(shares) - left, 'left': left,
            'seconds': round(time.monotonic() - start, 1)}


def show_id(cloud, name):
    conn, client = proxy(cloud)
    share = client.find_share(name, ignore_missing=False)
    return {'id': share.id, 'name': share.name, 'status': share.status}


def main(argv):
    cmd, args = argv[0], argv[1:]
    if cmd == 'identity':
        out = identity(args[0], args[1:])
    elif cmd == 'fill':
        out = fill(args[0], args[1], int(args[2]))
    elif cmd == 'purge':
        out = purge(args[0])
    elif cmd == 'show-id':
        out = show_id(args[0], args[1])
    else:
        raise SystemExit(__doc__)
    json.dump(out, sys.stdout)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main(sys.argv[1:])
