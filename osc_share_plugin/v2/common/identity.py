"""Keystone lookups: projects and users by name or ID."""

from osc_share_plugin.i18n import _


def add_domain_option(parser, kind):
    """``--project-domain`` / ``--user-domain`` for a ``find`` of that kind."""
    parser.add_argument(
        f'--{kind}-domain',
        metavar=f'<{kind}-domain>',
        help=_('Domain the %s belongs to (name or ID)') % kind,
    )


def find_id(app, kind, name_or_id, domain=None):
    """The ID of the Keystone project or user ``name_or_id``.

    Without the right to look it up (a member may not list projects), the
    value is taken as the ID it most likely is, as OpenStackClient does.
    """
    from openstack import exceptions

    identity = app.client_manager.sdk_connection.identity
    query = {}
    try:
        if domain:
            query['domain_id'] = identity.find_domain(
                domain, ignore_missing=False
            ).id
        return getattr(identity, f'find_{kind}')(
            name_or_id, ignore_missing=False, **query
        ).id
    except exceptions.ForbiddenException:
        return name_or_id


def find_project_id(app, project, domain=None):
    """Resolve a Keystone project (name or ID) to its ID."""
    return find_id(app, 'project', project, domain)


def find_user_id(app, user, domain=None):
    """Resolve a Keystone user (name or ID) to its ID."""
    return find_id(app, 'user', user, domain)
