"""Options that declare where their value goes.

``add_option`` is ``parser.add_argument`` plus three facts kept on the
argparse action: the API attribute or query key the value becomes
(``attr``), how a name becomes an ID (``find``), and the microversion the
option needs (``min_version``). ``get_attrs`` turns the options that were
given into the dict a proxy method takes, so ``take_action`` never restates
an option. The bundles below declare what many commands share.
"""

import argparse

from osc_lib.cli import parseractions

from osc_share_plugin.i18n import _
from osc_share_plugin.v2.common import commands
from osc_share_plugin.v2.common import identity


def add_option(
    parser,
    *flags,
    attr=None,
    find=None,
    implies=None,
    min_version=None,
    step=None,
    **kwargs,
):
    """``parser.add_argument`` that says where the value goes.

    :param attr: the API attribute or query key (``True``: the dest).
    :param find: how a name becomes an ID: ``'share'`` calls the proxy's
        ``find_share(value, ignore_missing=False).id``; ``'project'`` and
        ``'user'`` ask Keystone, honouring ``--project-domain`` /
        ``--user-domain``; a callable is called as ``find(cmd, value,
        parsed_args)``.
    :param implies: more attrs that come with the option (``--project``
        implies ``all_projects``).
    :param min_version: the microversion the option needs: named in the
        help and checked before ``take_action`` runs.
    :param step: for set/unset commands, the proxy method the value is
        given to on its own, ``method(resource, value)``, or
        ``(method, kwargs[, convert])``: ``convert(value)`` is sent (see
        ``changes.apply_changes``).
    """
    if (
        'metavar' not in kwargs
        and flags[0].startswith('--')
        and kwargs.get('action', 'store') in ('store', 'append')
    ):
        # --share-type takes a <share-type>.
        kwargs['metavar'] = '<%s>' % flags[0][2:]
    if min_version:
        kwargs['help'] = '{} {}'.format(
            kwargs.get('help', ''), commands.requires_text(min_version)
        ).strip()
    action = parser.add_argument(*flags, **kwargs)
    action.min_microversion = min_version
    action.api_attr = action.dest if attr is True else attr
    action.finder = find
    action.implies = dict(implies or {})
    action.step = (step, {}) if isinstance(step, str) else step
    if action.step and len(action.step) == 2:
        action.step += (None,)
    return action


def was_given(action, value):
    """Whether the user gave the option (``--public False`` counts)."""
    return value is not None and value != action.default


def given_actions(cmd, parsed_args):
    """The parser's actions whose option the user gave."""
    parser = getattr(cmd, '_share_parser', None)
    for action in parser._actions if parser else ():
        if action.dest == 'help':
            continue
        if was_given(action, getattr(parsed_args, action.dest, None)):
            yield action


def get_attrs(cmd, parsed_args, exclude=()):
    """The attrs (or query) of every declared option that was given.

    Names are resolved to IDs through each option's ``find``.
    """
    attrs = {}
    for action in given_actions(cmd, parsed_args):
        key = getattr(action, 'api_attr', None)
        if not key or key in exclude:
            continue
        value = getattr(parsed_args, action.dest)
        if action.finder:
            if isinstance(value, list):
                value = [
                    resolve(cmd, action.finder, v, parsed_args) for v in value
                ]
            else:
                value = resolve(cmd, action.finder, value, parsed_args)
        attrs[key] = value
        for implied, implied_value in action.implies.items():
            attrs.setdefault(implied, implied_value)
    return attrs


def resolve(cmd, finder, value, parsed_args):
    """A name or ID turned into an ID, the way ``finder`` says."""
    if callable(finder):
        return finder(cmd, value, parsed_args)
    if finder in ('project', 'user'):
        domain = getattr(parsed_args, f'{finder}_domain', None)
        return identity.find_id(cmd.app, finder, value, domain)
    find = getattr(cmd.client, f'find_{finder}')
    return find(value, ignore_missing=False).id


# ---------------------------------------------------------------- values


def parse_bool(text):
    """argparse ``type`` for booleans, read as oslo's bool_from_string."""
    from oslo_utils import strutils

    if isinstance(text, bool):
        return text
    try:
        return strutils.bool_from_string(text, strict=True)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _('%r is not a boolean: use true/false, yes/no, 1/0 or on/off')
            % text
        )


def positive_int(text):
    """argparse ``type`` for sizes, counts and timeouts."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(
            _('%r is not a positive whole number') % text
        )
    return value


def non_negative_int(text):
    if not text.isdigit():
        raise argparse.ArgumentTypeError(_('%r is not a whole number') % text)
    return int(text)


class KeyValueListAction(argparse.Action):
    """``--opt k=v [k=v ...]``, repeatable: one dict of every pair."""

    def __call__(self, parser, namespace, values, option_string=None):
        merged = dict(getattr(namespace, self.dest, None) or {})
        for item in values if isinstance(values, list) else [values]:
            key, sep, value = item.partition('=')
            if not sep or not key:
                raise argparse.ArgumentError(
                    self, _('%r is not of the form key=value') % item
                )
            merged[key] = value
        setattr(namespace, self.dest, merged)


# ---------------------------------------------------------------- bundles


def add_positional(
    parser, dest, help_text, many=False, plural=None, metavar=None
):
    """A resource's positional: one value, or with ``many`` one or more.

    ``plural`` is the destination with ``many`` (``share_networks``);
    the metavar defaults to ``<dest>`` with dashes.
    """
    return parser.add_argument(
        (plural or dest) if many else dest,
        metavar=metavar or '<%s>' % dest.replace('_', '-'),
        nargs='+' if many else None,
        help=help_text,
    )


def add_bool_option(
    parser,
    flag,
    help,
    attr=None,
    off_flag=None,
    off_help=None,
    min_version=None,
    default=None,
):
    """``--public [<bool>]``, with an optional ``--private`` opposite.

    The flag alone means true; a value is read like manilaclient reads it
    (``--public False`` keeps working).
    """
    target = parser.add_mutually_exclusive_group() if off_flag else parser
    action = add_option(
        target,
        flag,
        metavar='<bool>',
        nargs='?',
        const=True,
        type=parse_bool,
        default=default,
        attr=attr,
        min_version=min_version,
        help=help,
    )
    if off_flag:
        add_option(
            target,
            off_flag,
            action='store_false',
            dest=action.dest,
            default=default,
            min_version=min_version,
            help=off_help,
        )
    return action


def add_visibility_options(parser, public_help, private_help, **kwargs):
    """``--public [<bool>]`` or ``--private``: the ``is_public`` attribute."""
    return add_bool_option(
        parser,
        '--public',
        public_help,
        attr='is_public',
        off_flag='--private',
        off_help=private_help,
        **kwargs,
    )


def add_key_value_option(parser, flag, help, attr=None, **kwargs):
    """``--extra-specs k=v [k=v ...]``, repeatable, as manilaclient has it."""
    kwargs.setdefault('metavar', '<key=value>')
    return add_option(
        parser,
        flag,
        nargs='*',
        action=KeyValueListAction,
        attr=attr,
        help=help,
        **kwargs,
    )


def add_property_option(parser, help, attr='metadata', **kwargs):
    """``--property k=v``, repeatable."""
    return add_option(
        parser,
        '--property',
        metavar='<key=value>',
        action=parseractions.KeyValueAction,
        attr=attr,
        help=help,
        **kwargs,
    )


def add_property_unset_option(parser, help, **kwargs):
    """``--property k`` to remove, repeatable."""
    return add_option(
        parser,
        '--property',
        metavar='<key>',
        action='append',
        help=help,
        **kwargs,
    )


def none_if_cleared(value):
    """``--task-state None`` (or ``null``, or empty) clears the state."""
    return None if value.lower() in ('none', 'null', '') else value


def add_clear_options(parser, noun, name='name', description='description'):
    """An unset's ``--name`` and ``--description``: clear the field.

    ``name`` and ``description`` are the API attributes they clear;
    :func:`cleared_attrs` gives what was asked.
    """
    for flag, attr, field in (
        ('--name', name, _('name')),
        ('--description', description, _('description')),
    ):
        action = add_option(
            parser,
            flag,
            action='store_true',
            attr=attr,
            help=_('Clear the %(noun)s %(field)s')
            % {'noun': noun, 'field': field},
        )
        action.clears = True


def cleared_attrs(cmd, parsed_args, value=None):
    """The attributes an unset's clearing options ask to clear."""
    return {
        action.api_attr: value
        for action in given_actions(cmd, parsed_args)
        if getattr(action, 'clears', False)
    }


def add_name_filters(
    parser, noun, like_min_version='2.36', description=True, name_attr='name'
):
    """``--name``, ``--name~`` and (optionally) ``--description(~)``."""
    # (field, attr, microversion of the exact filter, the field in help):
    # --name is as old as the lists, --description came with the "~" ones.
    fields = [('name', name_attr, None, _('name'))]
    if description:
        fields.append(
            ('description', 'description', like_min_version, _('description'))
        )
    for field, attr, min_version, label in fields:
        add_option(
            parser,
            f'--{field}',
            metavar=f'<{field}>',
            attr=attr,
            min_version=min_version,
            help=_('Filter by %(noun)s %(field)s')
            % {'noun': noun, 'field': label},
        )
        # Manila's "~" filters match a part of the value.
        add_option(
            parser,
            f'--{field}~',
            metavar=f'<{field}~>',
            dest=f'{field}_like',
            attr=f'{field}~',
            min_version=like_min_version,
            help=_('Filter by a part of the %(noun)s %(field)s')
            % {'noun': noun, 'field': label},
        )


def add_project_filters(parser, noun, user=False, all_projects=True):
    """``--all-projects``, ``--project(+domain)``, ``--user(+domain)``."""
    if all_projects:
        add_option(
            parser,
            '--all-projects',
            action='store_true',
            default=False,
            attr='all_projects',
            help=_('List %s of every project (admin)') % noun,
        )
    add_option(
        parser,
        '--project',
        metavar='<project>',
        attr='project_id',
        find='project',
        implies={'all_projects': True} if all_projects else None,
        help=_('Filter by project (name or ID, admin)')
        + (_('; implies --all-projects') if all_projects else ''),
    )
    identity.add_domain_option(parser, 'project')
    if user:
        add_option(
            parser,
            '--user',
            metavar='<user>',
            attr='user_id',
            find='user',
            help=_('Filter by user (name or ID, admin)'),
        )
        identity.add_domain_option(parser, 'user')


def add_long_option(parser, *flags, help=None):
    """``--long`` (or manilaclient's ``--detail``/``--detailed``)."""
    return parser.add_argument(
        *(flags or ('--long',)),
        dest='long',
        action='store_true',
        default=False,
        help=help or _('List more fields'),
    )
