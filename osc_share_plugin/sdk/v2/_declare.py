"""What Manila's resources declare alike, declared once."""

#: Exact and inexact (``~``, 2.36) name and description filters.
NAME_FILTERS = ('name', 'name~', 'description', 'description~')
#: Offset paging and sorting, as Manila's larger lists take them.
SORTED_PAGES = ('limit', 'offset', 'sort_key', 'sort_dir')


class Editable:
    """Created, shown, updated, listed and deleted: most of Manila's
    resources, paged by offset."""

    allow_create = True
    allow_fetch = True
    allow_commit = True
    allow_list = True
    allow_delete = True
    allow_head = False

    _paginate_by_offset = True
