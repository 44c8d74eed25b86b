"""The `trialplain` command."""

import typer

app = typer.Typer(no_args_is_help=True)


@app.command()
def version() -> None:
    """Print the version."""
    typer.echo("trialplain 0.1.0")
