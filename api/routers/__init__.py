"""Thin routers: parse, call one service method, return a response model."""
