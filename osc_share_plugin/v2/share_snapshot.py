"""Placeholder: this family is being written; every class is replaced."""

from osc_share_plugin.v2 import common


class AbandonShareSnapshot(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('AbandonShareSnapshot')


class CreateShareSnapshotAccess(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('CreateShareSnapshotAccess')


class DeleteShareSnapshotAccess(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('DeleteShareSnapshotAccess')


class ListShareSnapshotAccess(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ListShareSnapshotAccess')


class AdoptShareSnapshot(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('AdoptShareSnapshot')


class CreateShareSnapshot(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('CreateShareSnapshot')


class DeleteShareSnapshot(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('DeleteShareSnapshot')


class ListShareSnapshotExportLocation(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ListShareSnapshotExportLocation')


class ShowShareSnapshotExportLocation(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ShowShareSnapshotExportLocation')


class ListShareSnapshot(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ListShareSnapshot')


class SetShareSnapshot(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('SetShareSnapshot')


class ShowShareSnapshot(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('ShowShareSnapshot')


class UnsetShareSnapshot(common.Command):
    """Not written yet."""

    def take_action(self, parsed_args):
        raise NotImplementedError('UnsetShareSnapshot')
