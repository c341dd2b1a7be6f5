# ruff: noqa: E501 - one question per line reads best
"""A fifth blind set, data/blind_teacher_5.json (63 questions, ten or eleven per topic), in the style of
the public set: written on 2026-11-26, after the fixes prompted by blind_teacher_4.json, by someone
who had read only the public set and the structure of blind_answers.py, not the tutor's parser,
its rules or docs/tutor.md. Every answer is computed here independently from the textbook formula
(g = 9.81 m/s^2 unless the question gives another). It was scored once as written (its honest first
pass, recorded in docs/tutor.md) before any change it prompted.

Regenerate it with `python3 tests/agents_api/blind5_answers.py tests/agents_api/data`."""

import json
import math
import sys
from collections import Counter

g = 9.81
pi = math.pi
d = math.radians
FIFTH: list[dict] = []


def rpm(n: float) -> float:
    return n * 2 * pi / 60


def kmh(v: float) -> float:
    return v / 3.6


def q(topic: str, question: str, value: float, unit: str, rel_tol: float = 0.02) -> None:
    FIFTH.append({"topic": topic, "question": question, "value": float(value), "unit": unit, "rel_tol": rel_tol})


K = "kinematics"
q(K, "A cheetah accelerates uniformly from rest to 108 km/h in 3 seconds. What is its acceleration?", kmh(108) / 3, "m/s^2")
q(K, "A lorry travelling at 54 km/h comes to a stop over a distance of 45 m. What is the magnitude of its deceleration?", kmh(54) ** 2 / (2 * 45), "m/s^2")
q(K, "A stone falls from rest off a bridge and takes 1.8 s to reach the river. How fast is it moving when it hits the water?", g * 1.8, "m/s")
q(K, "A skier starts from rest and accelerates uniformly down a slope at 1.5 m/s^2 for 12 s. What distance does she cover?", 0.5 * 1.5 * 12**2, "m")
q(K, "A jogger runs 2.4 km in 12 minutes. What is her average speed in m/s?", 2400 / (12 * 60), "m/s")
q(K, "A golf ball is struck at 40 m/s at an angle of 35° to the horizontal on level ground. How long is it in the air?", 2 * 40 * math.sin(d(35)) / g, "s")
q(K, "A tennis ball is thrown vertically upward and is caught again at the same height 3 s later. With what speed was it thrown?", g * 3 / 2, "m/s")
q(K, "A car travelling at 90 km/h accelerates at 1.2 m/s^2 for 5 s. What is its final speed in km/h?", (kmh(90) + 1.2 * 5) * 3.6, "km/h")
q(K, "A marble rolls off a table 80 cm high with a horizontal speed of 2.5 m/s. How far from the foot of the table does it land?", 2.5 * math.sqrt(2 * 0.8 / g), "m")
q(K, "A train slows uniformly from 30 m/s to 10 m/s while travelling 400 m. How long does this take?", 400 / ((30 + 10) / 2), "s")
q(K, "A 70 kg sprinter starts from rest and reaches 10 m/s in 4 s. What is her average acceleration?", 10 / 4, "m/s^2")

F = "forces"
q(F, "What force is needed to give a 1200 g ball an acceleration of 5 m/s^2?", 1.2 * 5, "N")
q(F, "A 65 kg skydiver falls at a constant terminal velocity. What is the air resistance acting on her?", 65 * g, "N")
q(F, "A 3 kg block is pulled across a horizontal table by a 20 N horizontal force. The coefficient of kinetic friction is 0.3. What is the block's acceleration?", (20 - 0.3 * 3 * g) / 3, "m/s^2")
q(F, "A 70 kg man stands on bathroom scales in a lift that is accelerating upward at 1.5 m/s^2. What does the scale read in newtons?", 70 * (g + 1.5), "N")
q(F, "A spring with a spring constant of 250 N/m is stretched by 8 cm. What force does it exert?", 250 * 0.08, "N")
q(F, "What is the weight of a 500 g bag of sugar?", 0.5 * g, "N")
q(F, "A crate of mass 40 kg sits on a ramp inclined at 15 degrees. What is the normal force on the crate?", 40 * g * math.cos(d(15)), "N")
q(F, "A rope pulls a 25 kg sledge with a force of 100 N at 30 degrees above the horizontal. What is the vertical component of the pull?", 100 * math.sin(d(30)), "N")
q(F, "Two forces of 6 N and 8 N act at right angles on an object. What is the magnitude of the resultant force?", math.hypot(6, 8), "N")
q(F, "An 80 kg astronaut stands on the Moon, where g = 1.62 m/s^2. What is her weight there?", 80 * 1.62, "N")
q(F, "A 1500 kg car brakes from 20 m/s to rest in 5 s. What is the average braking force?", 1500 * 20 / 5, "N")

E = "energy"
q(E, "A 60 kg student runs up a flight of stairs 4.5 m high in 6 s. What is her power output?", 60 * g * 4.5 / 6, "W")
q(E, "A 1200 kg car travels at 72 km/h. What is its kinetic energy in kJ?", 0.5 * 1200 * kmh(72) ** 2 / 1000, "kJ")
q(E, "A 250 g ball is lifted 1.6 m onto a shelf. How much gravitational potential energy does it gain?", 0.25 * g * 1.6, "J")
q(E, "A pendulum bob is released from rest 45 cm above its lowest point. How fast is it moving at the bottom of its swing?", math.sqrt(2 * g * 0.45), "m/s")
q(E, "A 2000 W heater is switched on for 15 minutes. How much energy does it use, in kJ?", 2000 * 15 * 60 / 1000, "kJ")
q(E, "A crane lifts a 500 kg load 20 m in 25 s. What is its power output in kW?", 500 * g * 20 / 25 / 1000, "kW")
q(E, "A 5 kg box is pushed 8 m across a floor by a horizontal force of 30 N. How much work does the force do?", 30 * 8, "J")
q(E, "A spring with a spring constant of 400 N/m stores 2 J of elastic potential energy. How far is it stretched, in cm?", math.sqrt(2 * 2 / 400) * 100, "cm")
q(E, "A 60 g arrow leaves a bow at 50 m/s. How much kinetic energy does it have?", 0.5 * 0.06 * 50**2, "J")
q(E, "A light bulb uses 100 J of electrical energy every second and gives out 15 J as light. What is its efficiency as a percentage?", 15 / 100 * 100, "percent")
q(E, "A 1.5 kg ball is dropped from a height of 20 m and hits the ground at 18 m/s. How much energy was lost to air resistance?", 1.5 * g * 20 - 0.5 * 1.5 * 18**2, "J")

M = "momentum"
q(M, "A 60 g tennis ball moves at 30 m/s. What is its momentum?", 0.06 * 30, "kg*m/s")
q(M, "A 0.4 kg football is kicked from rest to 20 m/s. The kick lasts 0.05 s. What average force does the boot exert on the ball?", 0.4 * 20 / 0.05, "N")
q(M, "A 1200 kg car travelling at 15 m/s runs into the back of a stationary 800 kg car and the two move off together. What is their speed just after the collision?", 1200 * 15 / (1200 + 800), "m/s")
q(M, "A 50 kg skater standing at rest on ice throws a 2 kg ball forward at 10 m/s. What is the skater's recoil speed?", 2 * 10 / 50, "m/s")
q(M, "A force of 200 N acts on a ball for 0.02 s. What impulse does it give the ball?", 200 * 0.02, "N*s")
q(M, "A 70 kg footballer running at 8 m/s is tackled head-on by a 90 kg player running at 5 m/s in the opposite direction. They hold on to each other. What is their speed just after the tackle?", abs(70 * 8 - 90 * 5) / (70 + 90), "m/s")
q(M, "A 0.5 kg trolley moving at 6 m/s collides elastically head-on with a stationary 1.5 kg trolley. What is the speed of the 1.5 kg trolley afterwards?", 2 * 0.5 * 6 / (0.5 + 1.5), "m/s")
q(M, "A 145 g baseball is pitched at 40 m/s and the batter hits it straight back at 50 m/s. What is the magnitude of the impulse the bat gives the ball?", 0.145 * (40 + 50), "N*s")
q(M, "A truck of mass 3000 kg has a momentum of 45000 kg m/s. What is its speed in km/h?", 45000 / 3000 * 3.6, "km/h")
q(M, "The velocity of a 5 kg object changes from 3 m/s to 11 m/s in 4 s. What is the average force acting on it?", 5 * (11 - 3) / 4, "N")

A = "angular_motion"
q(A, "A record turntable rotates at 45 rpm. What is its angular velocity in rad/s?", rpm(45), "rad/s")
q(A, "A flywheel accelerates uniformly from rest to 600 rpm in 10 s. How many revolutions does it make in this time?", (600 / 60) / 2 * 10, "rev")
q(A, "A child sits 2 m from the centre of a merry-go-round that turns once every 4 s. What is her speed?", 2 * pi * 2 / 4, "m/s")
q(A, "A 0.3 kg ball on a string moves in a horizontal circle of radius 80 cm at 4 m/s. What centripetal force acts on the ball?", 0.3 * 4**2 / 0.8, "N")
q(A, "What is the centripetal acceleration of a car driving at 54 km/h around a bend of radius 75 m?", kmh(54) ** 2 / 75, "m/s^2")
q(A, "A spanner 25 cm long is pushed with a force of 80 N at right angles to its end. What torque is applied to the nut?", 0.25 * 80, "N*m")
q(A, "A solid sphere has a mass of 4 kg and a radius of 10 cm. What is its moment of inertia about a diameter?", 0.4 * 4 * 0.1**2, "kg*m^2")
q(A, "A grinding wheel with a moment of inertia of 0.8 kg m^2 spins at 300 rpm. What is its rotational kinetic energy?", 0.5 * 0.8 * rpm(300) ** 2, "J")
q(A, "A wheel spinning at 20 rad/s slows uniformly to rest in 8 s. Through what angle does it turn while stopping?", 20 / 2 * 8, "rad")
q(A, "A force of 50 N is applied 0.9 m from the hinges of a door, at 60 degrees to the door. What torque does it produce about the hinges?", 50 * 0.9 * math.sin(d(60)), "N*m")

X = "math"
q(X, "Solve 3x + 7 = 25.", (25 - 7) / 3, "")
q(X, "What is the tangent of 35 degrees?", math.tan(d(35)), "")
q(X, "Find the negative root of x^2 - 2x - 15 = 0.", (2 - math.sqrt(4 + 60)) / 2, "")
q(X, "Convert 90 km/h to m/s.", kmh(90), "m/s")
q(X, "How many minutes are there in 2.5 hours?", 2.5 * 60, "min")
q(X, "A right-angled triangle has legs of 9 cm and 12 cm. How long is its hypotenuse, in cm?", math.hypot(9, 12), "cm")
q(X, "Convert 45 degrees to radians.", d(45), "rad")
q(X, "What angle, in degrees, has a sine of 0.5?", math.degrees(math.asin(0.5)), "degree")
q(X, "Convert 750 g to kilograms.", 0.75, "kg")
q(X, "Evaluate the square root of 2.25.", math.sqrt(2.25), "")


if __name__ == "__main__":
    print("blind_teacher_5.json", Counter(p["topic"] for p in FIFTH), len(FIFTH))
    with open(f"{sys.argv[1]}/blind_teacher_5.json", "w") as out:
        json.dump(FIFTH, out, indent=1, ensure_ascii=False)
        out.write("\n")
