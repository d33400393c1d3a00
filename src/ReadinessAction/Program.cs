using ReadinessAction.Hosts;

return ExitCodes.Run(args, Console.Out, Console.Error);
