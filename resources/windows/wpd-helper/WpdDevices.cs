// HoloBench Windows storage helper: the WPD side. Lists devices with the PnP facts that tie them to a USB device,
// opens them, lists storages and folders, copies files to and from local paths in chunks (progress, cancel), deletes,
// and forwards the device's object events.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using IStream = System.Runtime.InteropServices.ComTypes.IStream;

namespace HoloBench.Wpd
{
    internal sealed class OpenDevice
    {
        public IPortableDevice Device;
        public IPortableDeviceContent Content;
        public IPortableDeviceProperties Properties;
        public string Cookie;
    }

    internal sealed class WpdDevices
    {
        private const int ChunkBytes = 256 * 1024;
        private readonly Dictionary<string, OpenDevice> open = new Dictionary<string, OpenDevice>();
        private readonly HashSet<long> canceled = new HashSet<long>();

        public void Cancel(long requestId)
        {
            lock (canceled) canceled.Add(requestId);
        }

        private bool IsCanceled(long requestId)
        {
            lock (canceled) return canceled.Contains(requestId);
        }

        public List<object> Devices()
        {
            var manager = (IPortableDeviceManager)new PortableDeviceManagerClass();
            manager.RefreshDeviceList();
            uint count = 0;
            manager.GetDevices(IntPtr.Zero, ref count);
            var result = new List<object>();
            if (count == 0) return result;
            IntPtr buffer = Marshal.AllocCoTaskMem((int)count * IntPtr.Size);
            try
            {
                manager.GetDevices(buffer, ref count);
                for (int i = 0; i < count; i++)
                {
                    IntPtr p = Marshal.ReadIntPtr(buffer, i * IntPtr.Size);
                    string id = Marshal.PtrToStringUni(p);
                    Marshal.FreeCoTaskMem(p);
                    string[] locations;
                    string instance = PnP.UsbInstanceId(id, out locations);
                    result.Add(new Dictionary<string, object>
                    {
                        { "wpdId", id },
                        { "friendlyName", Text(manager.GetDeviceFriendlyName, id) },
                        { "manufacturer", Text(manager.GetDeviceManufacturer, id) },
                        { "description", Text(manager.GetDeviceDescription, id) },
                        { "usbInstanceId", instance },
                        { "locationPaths", new List<object>(locations) },
                    });
                }
            }
            finally
            {
                Marshal.FreeCoTaskMem(buffer);
            }
            return result;
        }

        private delegate void TextGetter(string id, IntPtr buffer, ref uint length);

        private static string Text(TextGetter get, string id)
        {
            try
            {
                uint length = 0;
                get(id, IntPtr.Zero, ref length);
                if (length == 0) return "";
                IntPtr buffer = Marshal.AllocCoTaskMem((int)length * 2);
                try
                {
                    get(id, buffer, ref length);
                    return Marshal.PtrToStringUni(buffer).TrimEnd('\0');
                }
                finally
                {
                    Marshal.FreeCoTaskMem(buffer);
                }
            }
            catch (COMException)
            {
                return "";
            }
        }

        public OpenDevice Get(string wpdId)
        {
            lock (open)
            {
                OpenDevice d;
                if (open.TryGetValue(wpdId, out d)) return d;
                var values = (IPortableDeviceValues)new PortableDeviceValuesClass();
                var key = Keys.ClientName;
                values.SetStringValue(ref key, "HoloBench");
                key = Keys.ClientMajor;
                values.SetUnsignedIntegerValue(ref key, 1);
                key = Keys.ClientMinor;
                values.SetUnsignedIntegerValue(ref key, 0);
                key = Keys.ClientRevision;
                values.SetUnsignedIntegerValue(ref key, 0);
                d = new OpenDevice { Device = (IPortableDevice)new PortableDeviceFtmClass() };
                d.Device.Open(wpdId, values);
                d.Device.Content(out d.Content);
                d.Content.Properties(out d.Properties);
                open[wpdId] = d;
                return d;
            }
        }

        public void Close(string wpdId)
        {
            lock (open)
            {
                OpenDevice d;
                if (!open.TryGetValue(wpdId, out d)) return;
                open.Remove(wpdId);
                try
                {
                    if (d.Cookie != null) d.Device.Unadvise(d.Cookie);
                    d.Device.Close();
                }
                catch (COMException)
                {
                    // A device that is already gone cannot be closed more.
                }
            }
        }

        private static IPortableDeviceValues Read(OpenDevice d, string objectId, params PropertyKey[] wanted)
        {
            var keys = (IPortableDeviceKeyCollection)new PortableDeviceKeyCollectionClass();
            foreach (var k in wanted)
            {
                var key = k;
                keys.Add(ref key);
            }
            IPortableDeviceValues values;
            d.Properties.GetValues(objectId, keys, out values);
            return values;
        }

        private static string String(IPortableDeviceValues v, PropertyKey key, string fallback)
        {
            try
            {
                string s;
                v.GetStringValue(ref key, out s);
                return s ?? fallback;
            }
            catch (COMException)
            {
                return fallback;
            }
        }

        private static long Number(IPortableDeviceValues v, PropertyKey key, long fallback)
        {
            try
            {
                ulong n;
                v.GetUnsignedLargeIntegerValue(ref key, out n);
                return (long)n;
            }
            catch (COMException)
            {
                try
                {
                    uint n;
                    v.GetUnsignedIntegerValue(ref key, out n);
                    return n;
                }
                catch (COMException)
                {
                    return fallback;
                }
            }
        }

        private static Guid GuidValue(IPortableDeviceValues v, PropertyKey key)
        {
            try
            {
                Guid g;
                v.GetGuidValue(ref key, out g);
                return g;
            }
            catch (COMException)
            {
                return Guid.Empty;
            }
        }

        private static object Modified(IPortableDeviceValues v)
        {
            try
            {
                var key = Keys.DateModified;
                PropVariant pv;
                v.GetValue(ref key, out pv);
                if (pv.Vt != 7) return null; // VT_DATE
                return DateTime.FromOADate(pv.Double).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
            }
            catch (Exception)
            {
                return null;
            }
        }

        public Dictionary<string, object> Info(string wpdId)
        {
            var d = Get(wpdId);
            var v = Read(d, "DEVICE", Keys.Manufacturer, Keys.Model, Keys.Firmware, Keys.Serial, Keys.PowerLevel);
            long power = Number(v, Keys.PowerLevel, -1);
            return new Dictionary<string, object>
            {
                { "manufacturer", String(v, Keys.Manufacturer, "") },
                { "model", String(v, Keys.Model, "") },
                { "firmware", String(v, Keys.Firmware, "") },
                { "serialNumber", String(v, Keys.Serial, "") },
                { "batteryPercent", power >= 0 && power <= 100 ? (object)power : null },
            };
        }

        public List<string> ChildIds(OpenDevice d, string parentId)
        {
            IEnumPortableDeviceObjectIDs e;
            d.Content.EnumObjects(0, parentId, null, out e);
            var ids = new List<string>();
            var batch = new IntPtr[32];
            while (true)
            {
                uint fetched;
                int hr = e.Next((uint)batch.Length, batch, out fetched);
                for (int i = 0; i < fetched; i++)
                {
                    ids.Add(Marshal.PtrToStringUni(batch[i]));
                    Marshal.FreeCoTaskMem(batch[i]);
                }
                if (hr != 0 || fetched == 0) break;
            }
            return ids;
        }

        public List<object> Storages(string wpdId)
        {
            var d = Get(wpdId);
            var result = new List<object>();
            foreach (string id in ChildIds(d, "DEVICE"))
            {
                var v = Read(d, id, Keys.FunctionalCategory, Keys.StorageDescription, Keys.FileSystemType,
                    Keys.StorageCapacity, Keys.StorageFreeBytes, Keys.StorageAccess, Keys.Name);
                if (GuidValue(v, Keys.FunctionalCategory) != Keys.CategoryStorage) continue;
                result.Add(new Dictionary<string, object>
                {
                    { "objectId", id },
                    { "description", String(v, Keys.StorageDescription, String(v, Keys.Name, id)) },
                    { "volume", String(v, Keys.FileSystemType, "") },
                    { "capacityBytes", Math.Max(0, Number(v, Keys.StorageCapacity, 0)) },
                    { "freeBytes", Math.Max(0, Number(v, Keys.StorageFreeBytes, 0)) },
                    { "readOnly", Number(v, Keys.StorageAccess, 0) != 0 },
                });
            }
            return result;
        }

        public List<object> Children(string wpdId, string parentId)
        {
            var d = Get(wpdId);
            var result = new List<object>();
            foreach (string id in ChildIds(d, parentId))
            {
                var v = Read(d, id, Keys.Name, Keys.OriginalFileName, Keys.ContentType, Keys.Size, Keys.DateModified);
                Guid type = GuidValue(v, Keys.ContentType);
                if (type == Keys.TypeFunctionalObject) continue;
                bool folder = type == Keys.TypeFolder;
                long size = Number(v, Keys.Size, -1);
                result.Add(new Dictionary<string, object>
                {
                    { "objectId", id },
                    { "name", String(v, Keys.OriginalFileName, String(v, Keys.Name, id)) },
                    { "kind", folder ? "folder" : "file" },
                    { "size", folder || size < 0 ? null : (object)size },
                    { "modified", Modified(v) },
                });
            }
            return result;
        }

        public Dictionary<string, object> Pull(long requestId, string wpdId, string objectId, string localPath)
        {
            var d = Get(wpdId);
            long total = Number(Read(d, objectId, Keys.Size), Keys.Size, -1);
            IPortableDeviceResources resources;
            d.Content.Transfer(out resources);
            uint optimal = ChunkBytes;
            IStream stream;
            var key = Keys.ResourceDefault;
            resources.GetStream(objectId, ref key, 0 /* STGM_READ */, ref optimal, out stream);
            long moved = 0;
            var buffer = new byte[Math.Max(optimal, 64 * 1024)];
            IntPtr read = Marshal.AllocCoTaskMem(4);
            try
            {
                using (var file = OpenLocal(localPath, FileMode.Create, FileAccess.Write))
                {
                    while (true)
                    {
                        if (IsCanceled(requestId)) throw new HelperException("canceled", "The copy was canceled.");
                        stream.Read(buffer, buffer.Length, read);
                        int n = Marshal.ReadInt32(read);
                        if (n <= 0) break;
                        WriteLocal(file, buffer, n, localPath);
                        moved += n;
                        Channel.Progress(requestId, moved, total);
                    }
                }
            }
            finally
            {
                Marshal.FreeCoTaskMem(read);
                Marshal.ReleaseComObject(stream);
            }
            return new Dictionary<string, object> { { "bytes", moved } };
        }

        public Dictionary<string, object> Push(long requestId, string wpdId, string parentId, string name, string localPath)
        {
            var d = Get(wpdId);
            using (var file = OpenLocal(localPath, FileMode.Open, FileAccess.Read))
            {
                long size = file.Length;
                var values = (IPortableDeviceValues)new PortableDeviceValuesClass();
                var key = Keys.ParentId;
                values.SetStringValue(ref key, parentId);
                key = Keys.Size;
                values.SetUnsignedLargeIntegerValue(ref key, (ulong)size);
                key = Keys.OriginalFileName;
                values.SetStringValue(ref key, name);
                key = Keys.Name;
                values.SetStringValue(ref key, Path.GetFileNameWithoutExtension(name));
                key = Keys.ContentType;
                var type = Keys.TypeGenericFile;
                values.SetGuidValue(ref key, ref type);
                key = Keys.Format;
                var format = Keys.FormatUnspecified;
                values.SetGuidValue(ref key, ref format);
                uint optimal = ChunkBytes;
                IStream stream;
                d.Content.CreateObjectWithPropertiesAndData(values, out stream, ref optimal, IntPtr.Zero);
                var buffer = new byte[Math.Max(optimal, 64 * 1024)];
                long moved = 0;
                bool committed = false;
                try
                {
                    while (moved < size)
                    {
                        if (IsCanceled(requestId)) throw new HelperException("canceled", "The copy was canceled.");
                        int n = file.Read(buffer, 0, buffer.Length);
                        if (n <= 0) break;
                        stream.Write(buffer, n, IntPtr.Zero);
                        moved += n;
                        Channel.Progress(requestId, moved, size);
                    }
                    stream.Commit(0);
                    committed = true;
                }
                finally
                {
                    // Without Commit the device never gets the object: a canceled or failed copy leaves nothing.
                    if (!committed) TryRevert(stream);
                    Marshal.ReleaseComObject(stream);
                }
                string created = FindChild(d, parentId, name);
                if (created == null) throw new HelperException("failed", "The device took the file but does not list it.");
                return new Dictionary<string, object> { { "objectId", created } };
            }
        }

        private static void TryRevert(IStream stream)
        {
            try
            {
                stream.Revert();
            }
            catch (COMException)
            {
                // The device may already have dropped the transfer.
            }
        }

        private string FindChild(OpenDevice d, string parentId, string name)
        {
            string found = null;
            foreach (string id in ChildIds(d, parentId))
            {
                var v = Read(d, id, Keys.OriginalFileName, Keys.Name);
                if (string.Equals(String(v, Keys.OriginalFileName, String(v, Keys.Name, "")), name,
                        StringComparison.OrdinalIgnoreCase)) found = id;
            }
            return found;
        }

        public void Delete(string wpdId, string objectId)
        {
            var d = Get(wpdId);
            var ids = (IPortableDevicePropVariantCollection)new PortableDevicePropVariantCollectionClass();
            var pv = new PropVariant { Vt = 31 /* VT_LPWSTR */, Pointer = Marshal.StringToCoTaskMemUni(objectId) };
            try
            {
                ids.Add(ref pv);
            }
            finally
            {
                Marshal.FreeCoTaskMem(pv.Pointer);
            }
            d.Content.Delete(0 /* no recursion */, ids, IntPtr.Zero);
        }

        public void Watch(string wpdId)
        {
            var d = Get(wpdId);
            if (d.Cookie != null) return;
            string cookie;
            d.Device.Advise(0, new EventForwarder(wpdId), null, out cookie);
            d.Cookie = cookie;
        }

        private static FileStream OpenLocal(string path, FileMode mode, FileAccess access)
        {
            try
            {
                return new FileStream(path, mode, access, FileShare.Read, ChunkBytes);
            }
            catch (Exception e)
            {
                if (e is IOException || e is UnauthorizedAccessException)
                    throw new HelperException("local-file", "\"" + path + "\" could not be used: " + e.Message);
                throw;
            }
        }

        private static void WriteLocal(FileStream file, byte[] buffer, int n, string path)
        {
            try
            {
                file.Write(buffer, 0, n);
            }
            catch (IOException e)
            {
                throw new HelperException("local-file", "\"" + path + "\" could not be written: " + e.Message);
            }
        }
    }

    /// <summary>Forwards the device's object events to the station.</summary>
    [ComVisible(true), ClassInterface(ClassInterfaceType.None)]
    internal sealed class EventForwarder : IPortableDeviceEventCallback
    {
        private readonly string device;

        public EventForwarder(string device)
        {
            this.device = device;
        }

        public int OnEvent(IPortableDeviceValues parameters)
        {
            try
            {
                var key = Keys.EventId;
                Guid id;
                parameters.GetGuidValue(ref key, out id);
                var message = new Dictionary<string, object> { { "device", device } };
                if (id == Keys.EventDeviceRemoved)
                {
                    message["event"] = "device-removed";
                }
                else if (id == Keys.EventObjectAdded || id == Keys.EventObjectRemoved)
                {
                    message["event"] = id == Keys.EventObjectAdded ? "object-added" : "object-removed";
                    message["objectId"] = Get(parameters, Keys.ObjectId);
                    if (id == Keys.EventObjectAdded)
                    {
                        message["parentId"] = Get(parameters, Keys.ParentId);
                        message["name"] = Get(parameters, Keys.OriginalFileName) ?? Get(parameters, Keys.Name);
                    }
                    if (message["objectId"] == null) return 0;
                }
                else
                {
                    return 0;
                }
                Channel.Send(message);
            }
            catch (Exception)
            {
                // An event the helper cannot read is dropped; the station also polls.
            }
            return 0;
        }

        private static string Get(IPortableDeviceValues v, PropertyKey key)
        {
            try
            {
                string s;
                v.GetStringValue(ref key, out s);
                return s;
            }
            catch (COMException)
            {
                return null;
            }
        }
    }
}
