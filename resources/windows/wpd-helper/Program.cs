// HoloBench Windows storage helper: reads requests line by line and answers each on a worker thread, so a
// "cancel" can reach a running copy. Exits when the station closes stdin.
using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;

namespace HoloBench.Wpd
{
    internal static class Program
    {
        private const string HelperVersion = "1.0.0";

        [MTAThread]
        private static int Main()
        {
            Console.InputEncoding = new UTF8Encoding(false);
            Console.OutputEncoding = new UTF8Encoding(false);
            var devices = new WpdDevices();
            var pending = new CountdownEvent(1);
            string line;
            while ((line = Console.In.ReadLine()) != null)
            {
                if (line.Trim().Length == 0) continue;
                Dictionary<string, object> request;
                long id;
                try
                {
                    request = (Dictionary<string, object>)Json.Parse(line);
                    id = (long)(double)request["id"];
                }
                catch (Exception)
                {
                    Console.Error.WriteLine("unreadable request: " + line);
                    continue;
                }
                string op = request.ContainsKey("op") ? request["op"] as string : null;
                if (op == "cancel")
                {
                    devices.Cancel((long)(double)request["target"]);
                    Channel.Reply(id, new Dictionary<string, object>());
                    continue;
                }
                pending.AddCount();
                ThreadPool.QueueUserWorkItem(_ =>
                {
                    try
                    {
                        Handle(devices, id, op, request);
                    }
                    finally
                    {
                        pending.Signal();
                    }
                });
            }
            pending.Signal();
            pending.Wait(TimeSpan.FromSeconds(10));
            return 0;
        }

        private static string Arg(Dictionary<string, object> request, string name)
        {
            object value;
            if (!request.TryGetValue(name, out value) || !(value is string))
                throw new HelperException("bad-request", "The request has no \"" + name + "\".");
            return (string)value;
        }

        private static void Handle(WpdDevices devices, long id, string op, Dictionary<string, object> r)
        {
            try
            {
                object result;
                switch (op)
                {
                    case "hello":
                        result = new Dictionary<string, object>
                        {
                            { "protocol", Channel.Version }, { "helper", "holobench-wpd" }, { "version", HelperVersion },
                        };
                        break;
                    case "devices": result = devices.Devices(); break;
                    case "open": result = devices.Info(Arg(r, "device")); break;
                    case "storages": result = devices.Storages(Arg(r, "device")); break;
                    case "children": result = devices.Children(Arg(r, "device"), Arg(r, "objectId")); break;
                    case "pull": result = devices.Pull(id, Arg(r, "device"), Arg(r, "objectId"), Arg(r, "localPath")); break;
                    case "push":
                        result = devices.Push(id, Arg(r, "device"), Arg(r, "parentId"), Arg(r, "name"), Arg(r, "localPath"));
                        break;
                    case "delete":
                        devices.Delete(Arg(r, "device"), Arg(r, "objectId"));
                        result = new Dictionary<string, object>();
                        break;
                    case "watch":
                        devices.Watch(Arg(r, "device"));
                        result = new Dictionary<string, object>();
                        break;
                    case "close":
                        devices.Close(Arg(r, "device"));
                        result = new Dictionary<string, object>();
                        break;
                    default:
                        throw new HelperException("bad-request", "Unknown request \"" + op + "\".");
                }
                Channel.Reply(id, result);
            }
            catch (HelperException e)
            {
                Channel.Fail(id, e);
            }
            catch (COMException e)
            {
                Channel.Fail(id, Classify(e.ErrorCode, e.Message));
            }
            catch (Exception e)
            {
                Channel.Fail(id, new HelperException("failed", e.GetType().Name + ": " + e.Message));
            }
        }

        /// <summary>Sorts the HRESULTs WPD gives into the protocol's error codes.</summary>
        internal static HelperException Classify(int hr, string message)
        {
            switch ((uint)hr)
            {
                case 0x80070005: // E_ACCESSDENIED
                    return new HelperException("access-denied", "Windows or the device refused access.", hr);
                case 0x8007048F: // ERROR_DEVICE_NOT_CONNECTED
                case 0x80070015: // ERROR_NOT_READY
                case 0x8007001F: // ERROR_GEN_FAILURE
                case 0x800701B1: // ERROR_NO_SUCH_DEVICE
                case 0x80070037: // ERROR_DEV_NOT_EXIST
                    return new HelperException("device-gone", "The device is no longer connected.", hr);
                case 0x80070070: // ERROR_DISK_FULL
                case 0x80070027: // ERROR_HANDLE_DISK_FULL
                    return new HelperException("disk-full", "The device has no room left.", hr);
                case 0x80070002: // ERROR_FILE_NOT_FOUND
                case 0x80070490: // ERROR_NOT_FOUND
                    return new HelperException("not-found", "The object is not on the device.", hr);
                case 0x800704C7: // ERROR_CANCELLED
                    return new HelperException("canceled", "The copy was canceled.", hr);
                default:
                    return new HelperException("failed", message, hr);
            }
        }
    }
}
