"""Provisioning helper of tools/bench, run with venv B's python.

It needs openstacksdk and this plugin's embedded proxy, so it runs inside
the bench venv B, never with the system python.  Every sub-command prints
one JSON document on stdout.

  identity <password> <project>...   projects + user ``bench`` (member),
                                     share quotas lifted on those projects
  fill <cloud> <prefix> <count> [<threads>]
                                     make the project hold exactly <count>
                                     available shares named <prefix>-NNNNN
  purge <cloud>                      delete every share of the project
  show-id <cloud> <name>             the ID of one share
  fixtures <cloud>                   the objects of every family the
                                     request counts and waits need (made
                                     once, reused while they are there)
  transfer <cloud>                   the fixture transfer, made again if
                                     it expired
  networks <cloud> <name>...         empty share networks (for the
                                     ``network delete --wait`` figure)
  tidy <cloud> [<what>...]           delete what the wait figures made
                                     (snapshot, access, group, replica,
                                     backup, network) and wait until gone
  replay <cloud> <rounds> <url>...   time the same GETs a list sent, with
                                     a new token each round: the server's
                                     own time
  server-wait <cloud> <op> <json>    time one wait figure's operation with
                                     no client: its request, then a GET
                                     every 50 ms until the state the CLI
                                     waits for (token in hand)
"""

import concurrent.futures
import json
import sys
import time

import openstack
from openstack import exceptions

from osc_share_plugin.sdk.v2 import _proxy

MICROVERSION = '2.65'
#: Backups (2.80), locks (2.81) and transfers (2.77) need more.
FIXTURE_MICROVERSION = '2.82'
FIXTURE = 'bench-fx'
SCRATCH = 'bench-w'
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


def _all(client, prefix=None):
    shares = list(client.shares(details=True))
    if prefix is None:
        return shares
    # Only fill's own: the project may hold fixtures (bench-fx-*) too.
    return [s for s in shares if (s.name or '').startswith(prefix + '-')]


def _wait_settled(client, deadline, prefix=None):
    """Wait until no share is in a transitional status."""
    while True:
        shares = _all(client, prefix)
        busy = [s for s in shares
                if (s.status or '').lower() not in ('available', 'error')]
        if not busy or time.monotonic() > deadline:
            return shares
        time.sleep(1.0)


def fill(cloud, prefix, count, workers=WORKERS):
    conn, client = proxy(cloud)
    start = time.monotonic()
    deadline = start + 3600
    shares = _wait_settled(client, deadline, prefix)
    # Shares in error are useless: replace them.
    broken = [s for s in shares if (s.status or '').lower() == 'error']
    extra = sorted((s for s in shares if s.status == 'available'),
                   key=lambda s: s.name or '')[count:]
    doomed = broken + extra
    if doomed:
        _delete_many(client, doomed, deadline)
    shares = _all(client, prefix)
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

    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        list(pool.map(create, missing))
    shares = _wait_settled(client, deadline, prefix)
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


def _call(client, method, path, expect=(200, 201, 202, 204), **kwargs):
    kwargs.setdefault('microversion', FIXTURE_MICROVERSION)
    resp = getattr(client, method)(path, **kwargs)
    if resp.status_code not in expect:
        raise SystemExit('%s %s: %s %s' % (method.upper(), path,
                                           resp.status_code,
                                           resp.text[:400]))
    return resp.json() if (resp.content or b'').strip() else {}


def _named(client, path, key, name, **query):
    query['name'] = name
    found = _call(client, 'get', path, params=query)[key]
    return found[0] if found else None


def _wait_for(client, path, key, field, wanted, timeout=300):
    deadline = time.monotonic() + timeout
    while True:
        obj = _call(client, 'get', path)[key]
        if obj.get(field) in wanted:
            return obj
        if 'error' in (obj.get(field) or '') or time.monotonic() > deadline:
            raise SystemExit('%s: %s is %s' % (path, field, obj.get(field)))
        time.sleep(0.5)


def _wait_gone(client, path, timeout=300):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if client.get(path, microversion=FIXTURE_MICROVERSION
                      ).status_code == 404:
            return True
        time.sleep(0.5)
    return False


def _share(client, name, share_type='default', ok=('available',)):
    share = _named(client, '/shares/detail', 'shares', name)
    if share is None or share['status'] not in ok:
        if share is not None and 'error' in share['status']:
            _call(client, 'delete', '/shares/%s' % share['id'])
            _wait_gone(client, '/shares/%s' % share['id'])
            share = None
        if share is None:
            share = _call(client, 'post', '/shares', json={'share': {
                'share_proto': 'NFS', 'size': 1, 'name': name,
                'share_type': share_type,
                'description': 'tools/bench fixture'}})['share']
        share = _wait_for(client, '/shares/%s' % share['id'], 'share',
                          'status', ('available',))
    return share


def _type_access(admin, project_id, type_name):
    stype = [t for t in _call(admin, 'get', '/types', params={
        'is_public': 'all'})['share_types'] if t['name'] == type_name]
    if not stype or stype[0].get('share_type_access:is_public', True):
        return
    admin.post('/types/%s/action' % stype[0]['id'],
               microversion=FIXTURE_MICROVERSION,
               json={'addProjectAccess': {'project': project_id}})


def fixtures(cloud):
    """One object of each family, named bench-fx-*, in the cloud's project.

    Admin-only families (servers, instances, pools, services, messages)
    are counted as local-admin against whatever the cloud has."""
    conn, client = proxy(cloud)
    admin = proxy('local-admin')[1]
    project_id = conn.current_project_id
    _type_access(admin, project_id, 'replicated')
    out = {'project_id': project_id}
    share = _share(client, FIXTURE + '-share')
    out['share'] = share
    # Backups, replicas and transfers each hold their share busy (or
    # moved): one share each, so no figure waits on another's.
    out['bshare'] = _share(client, FIXTURE + '-bshare')
    out['rshare'] = _share(client, FIXTURE + '-rshare', 'replicated')
    out['wshare'] = _share(client, FIXTURE + '-wshare', 'replicated')

    snap = _named(client, '/snapshots/detail', 'snapshots',
                  FIXTURE + '-snap')
    if snap is None:
        snap = _call(client, 'post', '/snapshots', json={'snapshot': {
            'share_id': share['id'], 'name': FIXTURE + '-snap'}})['snapshot']
    out['snapshot'] = _wait_for(client, '/snapshots/%s' % snap['id'],
                                'snapshot', 'status', ('available',))

    rules = _call(client, 'get', '/share-access-rules', params={
        'share_id': share['id']})['access_list']
    rule = [r for r in rules if r['access_to'] == '10.254.0.1']
    if rule:
        rule = rule[0]
    else:
        rule = _call(client, 'post', '/shares/%s/action' % share['id'],
                     json={'allow_access': {
                         'access_type': 'ip', 'access_to': '10.254.0.1',
                         'access_level': 'ro'}})['access']
    out['access'] = rule

    net = _named(client, '/share-networks/detail', 'share_networks',
                 FIXTURE + '-net')
    if net is None:
        net = _call(client, 'post', '/share-networks', json={
            'share_network': {'name': FIXTURE + '-net'}})['share_network']
    out['network'] = net
    ss = _named(client, '/security-services/detail', 'security_services',
                FIXTURE + '-ss')
    if ss is None:
        ss = _call(client, 'post', '/security-services', json={
            'security_service': {'type': 'ldap', 'name': FIXTURE + '-ss',
                                 'server': '192.0.2.1'}})['security_service']
    out['security_service'] = ss

    gtype = [g for g in _call(client, 'get', '/share-group-types')[
        'share_group_types'] if g['name'] == 'default_group']
    if not gtype:
        raise SystemExit('no share group type default_group on the cloud')
    out['group_type'] = gtype[0]
    group = _named(client, '/share-groups/detail', 'share_groups',
                   FIXTURE + '-group')
    if group is None:
        group = _call(client, 'post', '/share-groups', json={'share_group': {
            'name': FIXTURE + '-group',
            'share_group_type_id': gtype[0]['id'],
            'share_types': [share['share_type']]}})['share_group']
    out['group'] = _wait_for(client, '/share-groups/%s' % group['id'],
                             'share_group', 'status', ('available',))
    gsnap = _named(client, '/share-group-snapshots/detail',
                   'share_group_snapshots', FIXTURE + '-gsnap')
    if gsnap is None:
        gsnap = _call(client, 'post', '/share-group-snapshots', json={
            'share_group_snapshot': {'name': FIXTURE + '-gsnap',
                                     'share_group_id': group['id']}})[
            'share_group_snapshot']
    out['group_snapshot'] = _wait_for(
        client, '/share-group-snapshots/%s' % gsnap['id'],
        'share_group_snapshot', 'status', ('available',))

    replicas = _call(client, 'get', '/share-replicas/detail', params={
        'share_id': out['rshare']['id']})['share_replicas']
    out['replica'] = replicas[0]

    backup = _named(client, '/share-backups/detail', 'share_backups',
                    FIXTURE + '-backup')
    if backup is None:
        backup = _call(client, 'post', '/share-backups', json={
            'share_backup': {'share_id': out['bshare']['id'],
                             'name': FIXTURE + '-backup'}})['share_backup']
    out['backup'] = _wait_for(client, '/share-backups/%s' % backup['id'],
                              'share_backup', 'status', ('available',),
                              timeout=600)

    out['transfer'] = _transfer(client)

    locks = _call(client, 'get', '/resource-locks', params={
        'resource_id': share['id']})['resource_locks']
    if not locks:
        locks = [_call(client, 'post', '/resource-locks', json={
            'resource_lock': {'resource_id': share['id'],
                              'resource_type': 'share',
                              'resource_action': 'delete',
                              'lock_reason': 'tools/bench fixture'}})[
            'resource_lock']]
    out['lock'] = locks[0]

    servers = _call(admin, 'get', '/share-servers')['share_servers']
    out['server'] = servers[0] if servers else None
    out['instance'] = _call(admin, 'get', '/shares/%s/instances' % share[
        'id'])['share_instances'][0]
    messages = _call(admin, 'get', '/messages', params={'limit': 1})[
        'messages']
    out['message'] = messages[0] if messages else None
    qos = _call(admin, 'get', '/qos-types', microversion='2.94',
                expect=(200, 404))
    out['qos_type'] = (qos.get('qos_types') or [None])[0]
    return {k: ({'id': v['id'], 'name': v.get('name')}
                if isinstance(v, dict) else v) for k, v in out.items()}


def _transfer(client):
    xshare = _share(client, FIXTURE + '-xfer', ok=('available',
                                                    'awaiting_transfer'))
    transfer = _named(client, '/share-transfers/detail', 'transfers',
                      FIXTURE + '-transfer')
    if transfer is None:
        transfer = _call(client, 'post', '/share-transfers', json={
            'transfer': {'share_id': xshare['id'],
                         'name': FIXTURE + '-transfer'}})['transfer']
    return transfer


def transfer(cloud):
    """The fixture transfer again: Manila expires transfers after minutes."""
    return {'id': _transfer(proxy(cloud)[1])['id']}


def networks(cloud, names):
    conn, client = proxy(cloud)
    return {name: _call(client, 'post', '/share-networks', json={
        'share_network': {'name': name}})['share_network']['id']
        for name in names}


def tidy(cloud, what):
    """Delete the wait figures' objects (named bench-w-*, or for access
    rules and replicas: everything but the fixture's) and wait until gone."""
    conn, client = proxy(cloud)
    what = set(what or ('snapshot', 'access', 'group', 'replica', 'backup',
                        'network'))
    gone = []

    def scratch(path, key):
        return [o for o in _call(client, 'get', path)[key]
                if (o.get('name') or '').startswith(SCRATCH)]

    if 'snapshot' in what:
        for o in scratch('/snapshots/detail', 'snapshots'):
            client.delete('/snapshots/%s' % o['id'])
            gone.append('/snapshots/%s' % o['id'])
    if 'access' in what:
        share = _named(client, '/shares/detail', 'shares', FIXTURE + '-share')
        if share:
            for r in _call(client, 'get', '/share-access-rules', params={
                    'share_id': share['id']})['access_list']:
                if r['access_to'] != '10.254.0.1':
                    client.post('/shares/%s/action' % share['id'],
                                microversion=FIXTURE_MICROVERSION,
                                json={'deny_access': {'access_id': r['id']}})
                    gone.append('/share-access-rules/%s' % r['id'])
    if 'group' in what:
        for o in scratch('/share-groups/detail', 'share_groups'):
            client.delete('/share-groups/%s' % o['id'],
                          microversion=FIXTURE_MICROVERSION)
            gone.append('/share-groups/%s' % o['id'])
    if 'replica' in what:
        share = _named(client, '/shares/detail', 'shares',
                       FIXTURE + '-wshare')
        if share:
            for r in _call(client, 'get', '/share-replicas/detail', params={
                    'share_id': share['id']})['share_replicas']:
                if r['replica_state'] != 'active':
                    client.delete('/share-replicas/%s' % r['id'],
                                  microversion=FIXTURE_MICROVERSION)
                    gone.append('/share-replicas/%s' % r['id'])
    if 'backup' in what:
        for o in scratch('/share-backups/detail', 'share_backups'):
            client.delete('/share-backups/%s' % o['id'],
                          microversion=FIXTURE_MICROVERSION)
            gone.append('/share-backups/%s' % o['id'])
    if 'network' in what:
        for o in scratch('/share-networks/detail', 'share_networks'):
            client.delete('/share-networks/%s' % o['id'],
                          microversion=FIXTURE_MICROVERSION)
            gone.append('/share-networks/%s' % o['id'])
    left = [path for path in gone if not _wait_gone(client, path)]
    return {'deleted': len(gone) - len(left), 'left': left}


def replay(cloud, rounds, urls):
    """The server's own time for the requests a list sent: each round a
    new token (keystonemiddleware validates each new token once, and so
    does the CLI's run), then the same GETs one after another."""
    import urllib.error
    import urllib.request
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    times = []
    for _ in range(rounds):
        conn = openstack.connect(cloud=cloud)
        tok = conn.session.get_token()
        start = time.perf_counter()
        for call in urls:
            # "METHOD URL [MICROVERSION]", as the CLI's --debug logged it.
            method, url, *version = call.split(' ')
            headers = {'X-Auth-Token': tok, 'Accept': 'application/json'}
            if version:
                headers['X-OpenStack-Manila-API-Version'] = version[0]
            req = urllib.request.Request(url, method=method,
                                         headers=headers)
            try:
                with opener.open(req, timeout=600) as resp:
                    resp.read()
            except urllib.error.HTTPError as e:
                # Manila's version document answers 300: still its time.
                e.read()
        times.append(time.perf_counter() - start)
    return {'seconds': times}


#: How often server-wait looks: far below any CLI's poll interval, so its
#: time is the server's own to within 50 ms.
SERVER_POLL = 0.05


def _server_ops(client, vals):
    """Each wait figure as (request, GET path of what it made, the check
    that the state the CLI's --wait waits for is reached)."""
    name = '%s-%%s-s-%s' % (SCRATCH, vals['tag'])

    def made(key):
        return lambda resp: resp.json()[key]['id']

    def field_is(key, field, wanted):
        def check(resp):
            if resp.status_code != 200:
                raise SystemExit('GET: %s %s' % (resp.status_code,
                                                 resp.text[:400]))
            value = resp.json()[key].get(field) or ''
            if 'error' in value:
                raise SystemExit('%s went to %s' % (key, value))
            return value in wanted
        return check

    def gone(resp):
        return resp.status_code == 404

    return {
        'snapshot create': (
            lambda: client.post('/snapshots', json={'snapshot': {
                'share_id': vals['share_id'], 'name': name % 'snap'}}),
            made('snapshot'), '/snapshots/%s',
            field_is('snapshot', 'status', ('available',))),
        'access create': (
            lambda: client.post('/shares/%s/action' % vals['share_id'],
                                json={'allow_access': {
                                    'access_type': 'ip',
                                    'access_to': vals['ip']}}),
            made('access'), '/share-access-rules/%s',
            field_is('access', 'state', ('active',))),
        'network delete': (
            lambda: client.delete('/share-networks/%s' % vals['network_id']),
            lambda resp: vals['network_id'], '/share-networks/%s', gone),
        'group create': (
            lambda: client.post('/share-groups', json={'share_group': {
                'name': name % 'grp',
                'share_group_type_id': vals['group_type_id'],
                'share_types': [vals['default_type_id']]}}),
            made('share_group'), '/share-groups/%s',
            field_is('share_group', 'status', ('available',))),
        'replica create': (
            lambda: client.post('/share-replicas', json={'share_replica': {
                'share_id': vals['wshare_id']}}),
            made('share_replica'), '/share-replicas/%s',
            field_is('share_replica', 'replica_state', ('in_sync',))),
        'backup create': (
            lambda: client.post('/share-backups', json={'share_backup': {
                'share_id': vals['bshare_id'], 'name': name % 'bk'}}),
            made('share_backup'), '/share-backups/%s',
            field_is('share_backup', 'status', ('available',))),
    }


def server_wait(cloud, op, vals):
    """Seconds from sending OP's request to the first GET that shows the
    state the CLI's --wait waits for, the token and the endpoint already
    in hand (so the least any client's wait can take, less its start-up)."""
    conn, client = proxy(cloud)
    client.default_microversion = FIXTURE_MICROVERSION
    vals = dict(vals)
    # Also warms the session: the token and the endpoint are in hand
    # before the clock starts.
    vals['default_type_id'] = [
        t['id'] for t in _call(client, 'get', '/types')['share_types']
        if t['name'] == 'default'][0]
    if op == 'network delete':
        vals['network_id'] = _named(client, '/share-networks',
                                    'share_networks', vals['network'])['id']
    send, made_id, path, reached = _server_ops(client, vals)[op]
    start = time.perf_counter()
    resp = send()
    if resp.status_code not in (200, 202, 204):
        raise SystemExit('%s: %s %s' % (op, resp.status_code,
                                        resp.text[:400]))
    path %= made_id(resp)
    deadline = time.monotonic() + 900
    while not reached(client.get(path)):
        if time.monotonic() > deadline:
            raise SystemExit('%s: not done after 900 s' % op)
        time.sleep(SERVER_POLL)
    return {'seconds': time.perf_counter() - start}


def main(argv):
    cmd, args = argv[0], argv[1:]
    if cmd == 'identity':
        out = identity(args[0], args[1:])
    elif cmd == 'fill':
        out = fill(args[0], args[1], int(args[2]),
                   *[int(x) for x in args[3:4]])
    elif cmd == 'purge':
        out = purge(args[0])
    elif cmd == 'show-id':
        out = show_id(args[0], args[1])
    elif cmd == 'fixtures':
        out = fixtures(args[0])
    elif cmd == 'transfer':
        out = transfer(args[0])
    elif cmd == 'networks':
        out = networks(args[0], args[1:])
    elif cmd == 'tidy':
        out = tidy(args[0], args[1:])
    elif cmd == 'replay':
        out = replay(args[0], int(args[1]), args[2:])
    elif cmd == 'server-wait':
        out = server_wait(args[0], args[1], json.loads(args[2]))
    else:
        raise SystemExit(__doc__)
    json.dump(out, sys.stdout)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main(sys.argv[1:])
