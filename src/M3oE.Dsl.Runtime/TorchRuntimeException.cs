using System;

namespace M3oE.Dsl.Runtime;

/// <summary>Raised when LibTorch cannot be loaded; the message says why and what to do.</summary>
public sealed class TorchRuntimeException : Exception
{
    /// <summary>Creates the exception with its explanation and the original failure.</summary>
    public TorchRuntimeException(string message, Exception innerException)
        : base(message, innerException) { }
}
