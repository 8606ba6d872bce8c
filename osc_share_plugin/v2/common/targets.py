"""The resource a command is about, named by its positional argument.

Most commands of a family take the same positional (``<backup>``, or
``<backup> [<backup> ...]`` for a removal) and look its value up the same
way: one :class:`Target` per family says both, and ``RemoveCommand`` and
``ChangeCommand`` use it, so those commands state only their help line.
"""

from osc_share_plugin.v2.common import options


class Target:
    """A resource's positional and its lookup by name or ID.

    :param dest: the positional's destination (``share_network``); its
        metavar is ``<share-network>`` unless ``metavar`` says otherwise.
    :param find: the proxy method finding one by name or ID
        (``'find_share_network'``), called with ``ignore_missing=False``.
    :param plural: the destination of the one-or-more form
        (``share_networks``); the default is ``dest`` itself.
    """

    def __init__(self, dest, find, plural=None, metavar=None):
        self.dest = dest
        self.find_method = find
        self.plural = plural
        self.metavar = metavar

    def add(self, parser, help_text, many=False, metavar=None):
        """Declare the positional: one value, or with ``many`` one or more.

        ``metavar`` is for the odd command that spells it otherwise.
        """
        return options.add_positional(
            parser,
            self.dest,
            help_text,
            many,
            self.plural,
            metavar or self.metavar,
        )

    def find(self, client, name_or_id):
        """The resource ``name_or_id`` names; an error if there is none."""
        return getattr(client, self.find_method)(
            name_or_id, ignore_missing=False
        )

    def find_given(self, client, parsed_args):
        """The resource of the (single) positional the user gave."""
        return self.find(client, getattr(parsed_args, self.dest))
