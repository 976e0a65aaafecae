"""Buku Interaktif Whole of Government: models, figures and widgets of the book.

Each interactive lives in its own module with three layers (model, figure,
front-ends); notebooks only import a module and call one function.
"""
__version__ = "0.1.0"
