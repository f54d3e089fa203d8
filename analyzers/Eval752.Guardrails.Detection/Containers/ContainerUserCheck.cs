using System;
using System.Collections.Generic;
using Eval752.Guardrails.Detection.Findings;
using Eval752.Guardrails.Detection.Rules;

namespace Eval752.Guardrails.Detection.Containers;

/// <summary>
/// EG0303: the final stage of a Dockerfile must run as the playbook's non-root user (<c>eval752</c>, or the
/// <c>Eval752ContainerUser</c> property). The effective user is the last <c>USER</c> of the final stage,
/// or, when it has none and starts <c>FROM</c> an earlier stage, that stage's; <c>$VAR</c>/<c>${VAR}</c> are
/// resolved from the file's <c>ARG</c>/<c>ENV</c> defaults. Reported at the <c>USER</c> line, or at the
/// final <c>FROM</c> when no user is set. Shared by the MSBuild task and the CLI.
/// </summary>
internal static class ContainerUserCheck
{
    public const string DefaultUser = "eval752";

    public static IEnumerable<FileFinding> Check(string path, string text, string expectedUser)
    {
        var instructions = DockerfileInstructions.Parse(text);
        var stages = new List<Stage>();
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var instruction in instructions)
        {
            switch (instruction.Keyword)
            {
                case "FROM":
                    stages.Add(Stage.From(instruction, stages));
                    break;
                case "ARG" or "ENV":
                    Define(instruction.Arguments, variables);
                    break;
                case "USER" when stages.Count > 0:
                    stages[stages.Count - 1].Users.Add((Expand(FirstWord(instruction.Arguments), variables), instruction));
                    break;
            }
        }

        if (stages.Count == 0)
        {
            yield break;
        }

        var final = stages[stages.Count - 1];
        var (user, at, switchedBack) = final.EffectiveUser();
        if (user is null)
        {
            yield return new FileFinding(
                RuleCatalog.ContainerNotNonRoot,
                path,
                final.FromLine,
                1,
                $"The final stage never sets USER, so the container runs as its base image's user (root for most images); create the user and add 'USER {expectedUser}' at the end of the final stage (playbook section 4)");
            yield break;
        }

        var name = UserName(user);
        if (IsRoot(name))
        {
            yield return new FileFinding(
                RuleCatalog.ContainerNotNonRoot,
                path,
                at!.Line,
                1,
                switchedBack
                    ? $"The final stage switches back to root after USER; end it with 'USER {expectedUser}' so the container does not run as root (playbook section 4)"
                    : $"The final stage runs as root; end it with 'USER {expectedUser}' (playbook section 4)");
        }
        else if (!string.Equals(name, expectedUser, StringComparison.Ordinal))
        {
            yield return new FileFinding(
                RuleCatalog.ContainerNotNonRoot,
                path,
                at!.Line,
                1,
                name.IndexOf('$') >= 0
                    ? $"The final stage runs as '{name}', which this file does not define; write 'USER {expectedUser}' so the user can be verified (playbook section 4)"
                    : $"The final stage runs as '{name}', not as '{expectedUser}', the user the playbook names for every image; use 'USER {expectedUser}' (or set Eval752ContainerUser if your platform names it differently)");
        }
    }

    private static bool IsRoot(string name) => name == "root" || name == "0";

    /// <summary>The user part of <c>user[:group]</c>.</summary>
    private static string UserName(string user)
    {
        var colon = user.IndexOf(':');
        return colon < 0 ? user : user.Substring(0, colon);
    }

    private static string FirstWord(string arguments)
    {
        var space = arguments.IndexOfAny(DockerfileInstructions.Blanks);
        return space < 0 ? arguments : arguments.Substring(0, space);
    }

    private static void Define(string arguments, Dictionary<string, string> variables)
    {
        var equals = arguments.IndexOf('=');
        if (equals > 0)
        {
            variables[arguments.Substring(0, equals).Trim()] = arguments.Substring(equals + 1).Trim().Trim('"', '\'');
        }
    }

    /// <summary>Replaces <c>$NAME</c> and <c>${NAME}</c> with defaults the file defines; others stay as written.</summary>
    private static string Expand(string value, Dictionary<string, string> variables)
    {
        if (value.StartsWith("${", StringComparison.Ordinal) && value.EndsWith("}", StringComparison.Ordinal))
        {
            var name = value.Substring(2, value.Length - 3);
            return variables.TryGetValue(name, out var known) ? known : value;
        }

        if (value.StartsWith("$", StringComparison.Ordinal))
        {
            return variables.TryGetValue(value.Substring(1), out var known) ? known : value;
        }

        return value;
    }

    private sealed class Stage
    {
        private Stage? parent;

        public string? Name { get; private set; }

        public int FromLine { get; private set; }

        public List<(string User, DockerfileInstruction At)> Users { get; } = new();

        public static Stage From(DockerfileInstruction from, List<Stage> earlier)
        {
            // FROM [--platform=…] image [AS name]
            var words = from.Arguments.Split(DockerfileInstructions.Blanks, StringSplitOptions.RemoveEmptyEntries);
            var index = 0;
            while (index < words.Length && words[index].StartsWith("--", StringComparison.Ordinal))
            {
                index++;
            }

            var image = index < words.Length ? words[index] : string.Empty;
            var stage = new Stage { FromLine = from.Line };
            if (index + 2 < words.Length && string.Equals(words[index + 1], "AS", StringComparison.OrdinalIgnoreCase))
            {
                stage.Name = words[index + 2];
            }

            stage.parent = earlier.FindLast(s => string.Equals(s.Name, image, StringComparison.OrdinalIgnoreCase));
            return stage;
        }

        /// <summary>The last USER of this stage or, without one, of the stage it is built FROM; whether it went back to root after a non-root user.</summary>
        public (string? User, DockerfileInstruction? At, bool SwitchedBack) EffectiveUser()
        {
            if (Users.Count == 0)
            {
                return parent?.EffectiveUser() ?? (null, null, false);
            }

            var last = Users[Users.Count - 1];
            var switchedBack = false;
            for (var i = 0; i < Users.Count - 1; i++)
            {
                switchedBack |= !IsRoot(UserName(Users[i].User));
            }

            return (last.User, last.At, switchedBack || (parent?.EffectiveUser().User is { } inherited && !IsRoot(UserName(inherited))));
        }
    }
}
