"""Placeholder: this family is being written; every class is replaced."""

from osc_share_plugin.v2 import common


class ListShareSnapshotInstanceExportLocation(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ListShareSnapshotInstanceExportLocation')


class ShowShareSnapshotInstanceExportLocation(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ShowShareSnapshotInstanceExportLocation')


class ListShareSnapshotInstance(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ListShareSnapshotInstance')


class SetShareSnapshotInstance(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('SetShareSnapshotInstance')


class ShowShareSnapshotInstance(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ShowShareSnapshotInstance')
