"""Placeholder: this family is being written; every class is replaced."""

from osc_share_plugin.v2 import common


class DeleteShareInstance(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('DeleteShareInstance')


class ListShareInstanceExportLocation(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ListShareInstanceExportLocation')


class ShowShareInstanceExportLocation(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ShowShareInstanceExportLocation')


class ListShareInstance(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ListShareInstance')


class SetShareInstance(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('SetShareInstance')


class ShowShareInstance(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ShowShareInstance')
