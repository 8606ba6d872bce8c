"""A list page read as it arrives: each item kept as its own text.

Read whole, a page of 10,000 shares (about 12 MB) was in memory three
times over at its peak: the pieces requests read, their join, and the
text decoded from that. Here the body is decoded piece by piece as it
comes off the connection; each item of the list is parsed once, to check
it, and kept as its own text until it is read; the page's other members
are parsed as usual. At its peak the page is in memory about once.
"""

import codecs
import itertools
import json
import re

#: Bytes read off the connection at a time.
CHUNK_SIZE = 256 * 1024
#: How much of the body's start an error message may quote.
HEAD_SIZE = 200

_DECODER = json.JSONDecoder()
_SPACE = re.compile(r'[ \t\n\r]*')


class NotJSON(ValueError):
    """The body is not JSON (or not whole); ``head`` is its start."""

    def __init__(self, message, head):
        super().__init__(message)
        self.head = head


class EmptyBody(ValueError):
    """The body is empty or white space only."""


class Items(list):
    """A JSON array whose items are parsed as they are iterated.

    Only the items' texts stay: each item is built when it is reached, so
    a listing holds one item's objects at a time.
    """

    def __init__(self, texts):
        super().__init__()
        self._texts = texts

    def __len__(self):
        return len(self._texts)

    def __bool__(self):
        return bool(self._texts)

    def __iter__(self):
        decode = _DECODER.raw_decode
        for text in self._texts:
            yield decode(text)[0]

    def __repr__(self):
        return f'<{len(self)} items, parsed as they are read>'

    def __getitem__(self, index):
        if isinstance(index, slice):
            return list(self)[index]
        return _DECODER.raw_decode(self._texts[index])[0]


def read_page(chunks, encoding, key):
    """The JSON object of ``chunks`` (bytes), its ``key`` array as Items.

    :param encoding: the body's encoding, or None to tell it from its
        first bytes (JSON is UTF-8, -16 or -32).
    :raises EmptyBody: no JSON at all.
    :raises NotJSON: the body is not JSON, or has more after it.
    """
    chunks = iter(chunks)
    first = b''
    for chunk in chunks:  # the first 4 bytes tell UTF-8, -16 and -32 apart
        first += chunk
        if len(first) >= 4:
            break
    if encoding is None:
        from requests import utils as requests_utils

        encoding = requests_utils.guess_json_utf(first) or 'utf-8'
    try:
        scan = _Scanner(itertools.chain([first], chunks), encoding)
        try:
            return _page(scan, key)
        except (ValueError, IndexError) as err:
            if not scan.head.strip() and scan.done:
                raise EmptyBody('empty') from err
            raise NotJSON(str(err), scan.head) from err
    except LookupError as err:  # an encoding Python does not know
        raise NotJSON(str(err), '') from err


def _page(scan, key):
    if scan.peek() != '{':
        # Not an object: parsed whole, for the caller to say what it is.
        return scan.rest()
    scan.char()
    body = {}
    if scan.peek() == '}':
        scan.char()
        return scan.end(body)
    while True:
        name = scan.value()[0]
        if not isinstance(name, str):
            raise ValueError('an object key is not a string')
        if scan.char() != ':':
            raise ValueError("expected ':'")
        if name == key and scan.peek() == '[':
            scan.char()
            body[name] = Items(_item_texts(scan))
        else:
            body[name] = scan.value()[0]
        char = scan.char()
        if char == '}':
            return scan.end(body)
        if char != ',':
            raise ValueError("expected ',' or '}'")


def _item_texts(scan):
    texts = []
    if scan.peek() == ']':
        scan.char()
        return texts
    while True:
        texts.append(scan.value()[1])  # parsed once, to check it
        char = scan.char()
        if char == ']':
            return texts
        if char != ',':
            raise ValueError("expected ',' or ']'")


class _Scanner:
    """The body's text from ``pos`` on, read on as a value needs more."""

    def __init__(self, chunks, encoding):
        self._chunks = chunks
        self._decoder = codecs.getincrementaldecoder(encoding)()
        self.text = ''
        self.pos = 0
        self.head = ''
        self.done = False

    def _read(self):
        """Add the next piece of text, dropping what was read; False at
        the end of the body."""
        if self.done:
            return False
        piece = ''
        while not piece and not self.done:
            chunk = next(self._chunks, None)
            if chunk is None:
                piece = self._decoder.decode(b'', final=True)
                self.done = True
            else:
                piece = self._decoder.decode(chunk)
        if len(self.head) < HEAD_SIZE:
            self.head = (self.head + piece)[:HEAD_SIZE]
        self.text = self.text[self.pos :] + piece
        self.pos = 0
        return True

    def peek(self):
        """The next character that is not white space ('' at the end)."""
        while True:
            self.pos = _SPACE.match(self.text, self.pos).end()
            if self.pos < len(self.text) or not self._read():
                return self.text[self.pos : self.pos + 1]

    def char(self):
        char = self.peek()
        self.pos += len(char)
        return char

    def value(self):
        """``(value, text)`` of the JSON value that starts here."""
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.text, self.pos)
            except json.JSONDecodeError:
                if self._read():
                    continue
                raise
            # A number may go on in the next piece.
            if end < len(self.text) or not self._read():
                start, self.pos = self.pos, end
                return value, self.text[start:end]

    def rest(self):
        while self._read():
            pass
        return _DECODER.decode(self.text[self.pos :])

    def end(self, body):
        if self.peek():
            raise ValueError('extra data after the object')
        return body
