// HoloBench Windows storage helper: the message side. One JSON object per line on stdin and stdout (protocol
// version 1, see src-main/core/storage-windows/protocol.ts). Only what the protocol needs: objects, arrays,
// strings, numbers, booleans and null. Written for .NET Framework 4.x with no assembly beyond mscorlib and System.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace HoloBench.Wpd
{
    internal static class Json
    {
        public static object Parse(string text)
        {
            int at = 0;
            object value = ReadValue(text, ref at);
            SkipSpace(text, ref at);
            if (at != text.Length) throw new FormatException("trailing characters");
            return value;
        }

        private static void SkipSpace(string s, ref int at)
        {
            while (at < s.Length && char.IsWhiteSpace(s[at])) at++;
        }

        private static object ReadValue(string s, ref int at)
        {
            SkipSpace(s, ref at);
            if (at >= s.Length) throw new FormatException("unexpected end");
            char c = s[at];
            if (c == '{')
            {
                var obj = new Dictionary<string, object>();
                at++;
                SkipSpace(s, ref at);
                if (s[at] == '}') { at++; return obj; }
                while (true)
                {
                    SkipSpace(s, ref at);
                    string key = ReadString(s, ref at);
                    SkipSpace(s, ref at);
                    if (s[at++] != ':') throw new FormatException("expected ':'");
                    obj[key] = ReadValue(s, ref at);
                    SkipSpace(s, ref at);
                    char next = s[at++];
                    if (next == '}') return obj;
                    if (next != ',') throw new FormatException("expected ',' or '}'");
                }
            }
            if (c == '[')
            {
                var list = new List<object>();
                at++;
                SkipSpace(s, ref at);
                if (s[at] == ']') { at++; return list; }
                while (true)
                {
                    list.Add(ReadValue(s, ref at));
                    SkipSpace(s, ref at);
                    char next = s[at++];
                    if (next == ']') return list;
                    if (next != ',') throw new FormatException("expected ',' or ']'");
                }
            }
            if (c == '"') return ReadString(s, ref at);
            if (s.Substring(at).StartsWith("true")) { at += 4; return true; }
            if (s.Substring(at).StartsWith("false")) { at += 5; return false; }
            if (s.Substring(at).StartsWith("null")) { at += 4; return null; }
            int start = at;
            while (at < s.Length && "+-0123456789.eE".IndexOf(s[at]) >= 0) at++;
            if (start == at) throw new FormatException("unexpected character");
            return double.Parse(s.Substring(start, at - start), NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        private static string ReadString(string s, ref int at)
        {
            if (s[at] != '"') throw new FormatException("expected a string");
            at++;
            var sb = new StringBuilder();
            while (true)
            {
                char c = s[at++];
                if (c == '"') return sb.ToString();
                if (c != '\\') { sb.Append(c); continue; }
                char e = s[at++];
                switch (e)
                {
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'u':
                        sb.Append((char)int.Parse(s.Substring(at, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        at += 4;
                        break;
                    default: sb.Append(e); break;
                }
            }
        }

        public static string Write(object value)
        {
            var sb = new StringBuilder();
            WriteValue(sb, value);
            return sb.ToString();
        }

        private static void WriteValue(StringBuilder sb, object value)
        {
            if (value == null) { sb.Append("null"); return; }
            var text = value as string;
            if (text != null) { WriteString(sb, text); return; }
            if (value is bool) { sb.Append((bool)value ? "true" : "false"); return; }
            if (value is int || value is long || value is uint || value is ulong)
            {
                sb.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
            }
            if (value is double) { sb.Append(((double)value).ToString("R", CultureInfo.InvariantCulture)); return; }
            var dict = value as IDictionary<string, object>;
            if (dict != null)
            {
                sb.Append('{');
                bool first = true;
                foreach (var pair in dict)
                {
                    if (!first) sb.Append(',');
                    first = false;
                    WriteString(sb, pair.Key);
                    sb.Append(':');
                    WriteValue(sb, pair.Value);
                }
                sb.Append('}');
                return;
            }
            var list = value as System.Collections.IEnumerable;
            if (list != null)
            {
                sb.Append('[');
                bool first = true;
                foreach (object item in list)
                {
                    if (!first) sb.Append(',');
                    first = false;
                    WriteValue(sb, item);
                }
                sb.Append(']');
                return;
            }
            throw new ArgumentException("cannot write " + value.GetType().Name);
        }

        private static void WriteString(StringBuilder sb, string s)
        {
            sb.Append('"');
            foreach (char c in s)
            {
                if (c == '"') sb.Append("\\\"");
                else if (c == '\\') sb.Append("\\\\");
                else if (c < 0x20) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                else sb.Append(c);
            }
            sb.Append('"');
        }
    }

    /// <summary>A failure with the protocol's error code: device-gone, access-denied, disk-full, not-found, ...</summary>
    internal sealed class HelperException : Exception
    {
        public readonly string Code;
        public readonly string HResult32;

        public HelperException(string code, string message, int hresult = 0) : base(message)
        {
            Code = code;
            HResult32 = hresult == 0 ? null : "0x" + hresult.ToString("X8", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Writes whole lines to stdout; replies, progress and device events come from several threads.</summary>
    internal static class Channel
    {
        public const int Version = 1;
        private static readonly object Gate = new object();

        public static void Send(Dictionary<string, object> message)
        {
            message["v"] = Version;
            string line = Json.Write(message);
            lock (Gate)
            {
                Console.Out.Write(line);
                Console.Out.Write('\n');
                Console.Out.Flush();
            }
        }

        public static void Reply(long id, object result)
        {
            Send(new Dictionary<string, object> { { "id", id }, { "ok", true }, { "result", result } });
        }

        public static void Fail(long id, HelperException error)
        {
            var detail = new Dictionary<string, object> { { "code", error.Code }, { "message", error.Message } };
            if (error.HResult32 != null) detail["hresult"] = error.HResult32;
            Send(new Dictionary<string, object> { { "id", id }, { "ok", false }, { "error", detail } });
        }

        public static void Progress(long id, long bytes, long total)
        {
            Send(new Dictionary<string, object>
            {
                { "event", "progress" }, { "id", id }, { "bytes", bytes }, { "total", total < 0 ? null : (object)total },
            });
        }
    }
}
